"""A small RGB raster with lines, rectangles and a 3x5 pixel font, saved as PNG with only
`zlib` and `struct`."""

from __future__ import annotations

import struct
import zlib

__all__ = ["Canvas", "Color", "text_width"]

Color = tuple[int, int, int]

_GLYPHS: dict[str, str] = {
    "0": "### #.# #.# #.# ###", "1": ".#. ##. .#. .#. ###", "2": "### ..# ### #.. ###",
    "3": "### ..# ### ..# ###", "4": "#.# #.# ### ..# ..#", "5": "### #.. ### ..# ###",
    "6": "### #.. ### #.# ###", "7": "### ..# ..# ..# ..#", "8": "### #.# ### #.# ###",
    "9": "### #.# ### ..# ###", "A": ".#. #.# ### #.# #.#", "B": "##. #.# ##. #.# ##.",
    "C": ".## #.. #.. #.. .##", "D": "##. #.# #.# #.# ##.", "E": "### #.. ##. #.. ###",
    "F": "### #.. ##. #.. #..", "G": ".## #.. #.# #.# .##", "H": "#.# #.# ### #.# #.#",
    "I": "### .#. .#. .#. ###", "J": "..# ..# ..# #.# .#.", "K": "#.# #.# ##. #.# #.#",
    "L": "#.. #.. #.. #.. ###", "M": "#.# ### #.# #.# #.#", "N": "##. #.# #.# #.# #.#",
    "O": ".#. #.# #.# #.# .#.", "P": "##. #.# ##. #.. #..", "Q": ".#. #.# #.# ##. .##",
    "R": "##. #.# ##. #.# #.#", "S": ".## #.. .#. ..# ##.", "T": "### .#. .#. .#. .#.",
    "U": "#.# #.# #.# #.# ###", "V": "#.# #.# #.# #.# .#.", "W": "#.# #.# ### ### #.#",
    "X": "#.# #.# .#. #.# #.#", "Y": "#.# #.# .#. .#. .#.", "Z": "### ..# .#. #.. ###",
    " ": "... ... ... ... ...", ".": "... ... ... ... .#.", ",": "... ... ... .#. #..",
    "-": "... ... ### ... ...", ":": "... .#. ... .#. ...", "/": "..# ..# .#. #.. #..",
    "%": "#.# ..# .#. #.. #.#", "(": ".#. #.. #.. #.. .#.", ")": ".#. ..# ..# ..# .#.",
    "$": ".## ##. .#. .## ##.", "_": "... ... ... ... ###", "+": "... .#. ### .#. ...",
    "?": "### ..# .#. ... .#.", "'": ".#. .#. ... ... ...", "=": "... ### ... ### ...",
    "!": ".#. .#. .#. ... .#.", "&": ".#. #.# .#. #.# .##", "#": "#.# ### #.# ### #.#",
    "*": "#.# .#. #.# ... ...", "<": "..# .#. #.. .#. ..#", ">": "#.. .#. ..# .#. #..",
}  # fmt: skip
_FONT: dict[str, list[tuple[int, int]]] = {
    char: [
        (x, y) for y, row in enumerate(glyph.split()) for x, cell in enumerate(row) if cell == "#"
    ]
    for char, glyph in _GLYPHS.items()
}


def text_width(text: str, scale: int) -> int:
    """The width in pixels of `text` drawn at `scale` (4 font columns a character)."""
    return max(len(text) * 4 - 1, 0) * scale


class Canvas:
    """An RGB image in memory."""

    def __init__(self, width: int, height: int, background: Color = (255, 255, 255)) -> None:
        self.width = width
        self.height = height
        self.pixels = bytearray(bytes(background) * (width * height))

    def rect(self, x0: int, y0: int, x1: int, y1: int, color: Color) -> None:
        """Fill the rectangle with corners (x0, y0) and (x1, y1), both included."""
        x0, x1 = sorted((max(0, x0), min(self.width - 1, x1)))
        y0, y1 = sorted((max(0, y0), min(self.height - 1, y1)))
        row = bytes(color) * (x1 - x0 + 1)
        for y in range(y0, y1 + 1):
            start = (y * self.width + x0) * 3
            self.pixels[start : start + len(row)] = row

    def line(self, x0: int, y0: int, x1: int, y1: int, color: Color, thickness: int = 1) -> None:
        """A straight line (Bresenham), `thickness` pixels wide."""
        dx, dy = abs(x1 - x0), -abs(y1 - y0)
        sx, sy = (1 if x0 < x1 else -1), (1 if y0 < y1 else -1)
        err = dx + dy
        half = thickness // 2
        while True:
            self.rect(
                x0 - half, y0 - half, x0 - half + thickness - 1, y0 - half + thickness - 1, color
            )
            if x0 == x1 and y0 == y1:
                return
            e2 = 2 * err
            if e2 >= dy:
                err += dy
                x0 += sx
            if e2 <= dx:
                err += dx
                y0 += sy

    def text(self, x: int, y: int, text: str, color: Color, scale: int = 2) -> None:
        """`text` with its top left corner at (x, y); lowercase is drawn as uppercase and
        characters the font lacks as `?`."""
        for i, char in enumerate(text.upper()):
            for gx, gy in _FONT.get(char, _FONT["?"]):
                px = x + (i * 4 + gx) * scale
                py = y + gy * scale
                self.rect(px, py, px + scale - 1, py + scale - 1, color)

    def png(self) -> bytes:
        """The image as PNG bytes (8-bit RGB, no filter, zlib-compressed)."""
        stride = self.width * 3
        raw = b"".join(
            b"\x00" + bytes(self.pixels[y * stride : (y + 1) * stride]) for y in range(self.height)
        )
        header = struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0)
        return (
            b"\x89PNG\r\n\x1a\n"
            + _chunk(b"IHDR", header)
            + _chunk(b"IDAT", zlib.compress(raw, 9))
            + _chunk(b"IEND", b"")
        )


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
