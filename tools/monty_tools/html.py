"""HTML to readable text and links, with selectolax (the Lexbor HTML5 parser).

`extract(html, base_url)` returns the page's title, its visible text with one line per
block (paragraph, heading, list item, table row...) and its links as absolute URLs, each
once, in page order. Scripts, styles, templates and other invisible content are dropped.

>>> from monty_tools.html import extract
>>> page = extract('<title>Shop</title><h1>Hours</h1><p>Open <b>9-17</b></p>'
...                '<p><a href="/about">About us</a> <a href="about#team">Team</a></p>',
...                base_url='https://example.com/')
>>> page.title, page.text
('Shop', 'Hours\\nOpen 9-17\\nAbout us Team')
>>> [(link.url, link.text) for link in page.links]
[('https://example.com/about', 'About us')]
"""

from __future__ import annotations

import re
from urllib.parse import urldefrag, urljoin, urlsplit

from pydantic import BaseModel, Field
from selectolax.lexbor import LexborHTMLParser, LexborNode

__all__ = ["Link", "PageText", "extract"]

#: Elements whose content is never shown.
_HIDDEN = frozenset(
    {"script", "style", "noscript", "template", "head", "svg", "canvas", "iframe", "object"}
)
#: Elements that start and end a line of text.
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details",
        "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "li", "main", "nav", "ol",
        "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
        "tr", "ul",
    }
)  # fmt: skip
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_END = object()


class Link(BaseModel):
    """A link on a page."""

    url: str = Field(description="The absolute URL, without its #fragment.")
    text: str = Field(description="The link's text ('' if it has none).")


class PageText(BaseModel):
    """The readable content of an HTML page."""

    title: str = Field(description="The page title ('' if it has none).")
    text: str = Field(description="The visible text, one line per paragraph, heading or item.")
    links: list[Link] = Field(description="The http(s) links, absolute, each URL once.")


def extract(html: str, base_url: str = "", *, max_links: int = 500) -> PageText:
    """The title, readable text and links of an HTML page; relative links are resolved
    against `base_url` (and a `<base href>` in the page), links other than http(s) are
    dropped, and only the first `max_links` distinct URLs are kept."""
    tree = LexborHTMLParser(html)
    title_node = tree.css_first("title")
    title = _squash(title_node.text()) if title_node is not None else ""
    base = base_url
    base_node = tree.css_first("base[href]")
    if base_node is not None:
        base = urljoin(base_url, base_node.attributes.get("href") or "")
    links: dict[str, Link] = {}
    for anchor in tree.css("a[href]"):
        href = (anchor.attributes.get("href") or "").strip()
        url = urldefrag(urljoin(base, href)).url
        if urlsplit(url).scheme not in ("http", "https") or url in links:
            continue
        if len(links) >= max_links:
            break
        links[url] = Link(url=url, text=_squash(anchor.text()))
    root = tree.root
    text = _text(root) if root is not None else ""
    return PageText(title=title, text=text, links=list(links.values()))


def _text(root: LexborNode) -> str:
    """The visible text under `root`, a line per block element (iterative: deeply nested
    HTML cannot exhaust the stack)."""
    lines: list[str] = []
    current: list[str] = []

    def newline() -> None:
        line = _squash("".join(current))
        if line:
            lines.append(line)
        current.clear()

    stack: list[LexborNode | object] = [root]
    while stack:
        item = stack.pop()
        if item is _END:
            newline()
            continue
        assert isinstance(item, LexborNode)
        tag = item.tag
        if tag == "-text":
            current.append(item.text_content or "")
            continue
        if tag in _HIDDEN or tag is None or tag.startswith("-"):
            continue
        if tag in _BLOCKS:
            newline()
            stack.append(_END)
        stack.extend(reversed(list(item.iter(include_text=True))))
    newline()
    return "\n".join(lines)


def _squash(text: str) -> str:
    return _SPACES.sub(" ", text.replace("\n", " ")).strip()
