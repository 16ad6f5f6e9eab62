"""Every code block in README.md and docs/*.md runs, and shows what it claims.

How a fenced block is tested depends on its language and on an optional HTML comment on the
line just before the fence:

* ```python with no comment: host-side Python (it uses `monty_agent`), executed in a fresh
  namespace; it must not raise, and it states its results with `assert`. It may use
  top-level `await` (as in an async REPL): such a block runs under `asyncio.run`.
* `<!-- test: sandbox -->` + ```python: sandbox code, run with `MontyRun(block).run()`; it
  must not raise (it states its results with `assert`, which runs inside the sandbox).
* Every statement and `except` clause of a python block must run (the block is instrumented
  with line marks), so an example like `try: ... except E as err: assert ...` cannot pass
  by not raising. Exempt: `pass`, docstrings, `...` and `raise AssertionError(...)`.
* `<!-- file: NAME -->` + ```python: a sandbox program saved as NAME for the document's CLI
  blocks.
* `<!-- test: cli -->` + ```bash: a transcript. Each `$ ` line is a command, the lines up to
  the next `$ ` line its expected output (stdout and stderr together). Only the last
  `&&`-part of a command is considered, `uv run ` is dropped, and only `monty-agent ...`
  commands (run as `python -m monty_agent.cli ...`) and `python -m examples.NAME ...`
  commands (the example agents) are run, in a scratch directory holding a copy of
  `examples/` and the document's files; other commands are shown, not run. A line `...`
  in the expected output stands for any number of lines (timings, paths...).
* `<!-- test: skip -->`: not run. Other languages (```text, ```bash...) are not run, but a
  ```bash block that mentions `monty-agent run` must be a tested transcript.
"""

from __future__ import annotations

import ast
import asyncio
import inspect
import linecache
import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from monty_agent import MontyRun

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]

_FENCE = re.compile(r"^(`{3,})([\w+-]*)\s*$")
_MARK = re.compile(r"^<!--\s*(test|file):\s*(\S+)\s*-->$")


@dataclass(frozen=True)
class Block:
    doc: Path
    line: int  # 1-based line of the opening fence
    lang: str
    mark: tuple[str, str] | None  # ('test', 'cli'), ('file', 'x.py')...
    code: str

    @property
    def id(self) -> str:
        return f"{self.doc.relative_to(ROOT)}:{self.line}"


def parse_blocks(doc: Path) -> list[Block]:
    """The fenced code blocks of a markdown file, with the marker comment before each."""
    lines = doc.read_text(encoding="utf-8").splitlines()
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        m = _FENCE.match(lines[i].strip())
        if not m:
            i += 1
            continue
        fence, lang = m.groups()
        start = i
        body: list[str] = []
        i += 1
        while i < len(lines) and lines[i].strip() != fence:
            body.append(lines[i])
            i += 1
        if i == len(lines):
            raise AssertionError(f"{doc.name}:{start + 1}: unclosed code fence")
        prev = lines[start - 1].strip() if start else ""
        mark = _MARK.match(prev)
        if re.match(r"<!--\s*(test|file)\b", prev) and not mark:
            raise AssertionError(f"{doc.name}:{start}: malformed test marker {prev!r}")
        marker = (mark.group(1), mark.group(2)) if mark else None
        blocks.append(Block(doc, start + 1, lang, marker, "\n".join(body) + "\n"))
        i += 1
    return blocks


BLOCKS = [block for doc in DOCS for block in parse_blocks(doc)]
_KNOWN_MARKS = {("test", "skip"), ("test", "sandbox"), ("test", "cli")}


def _kind(block: Block) -> str:
    if block.mark == ("test", "skip"):
        return "skip"
    if block.mark is not None and block.mark[0] == "file":
        assert block.lang == "python", f"{block.id}: a file block must be python"
        return "file"
    assert block.mark is None or block.mark in _KNOWN_MARKS, f"{block.id}: bad marker"
    if block.mark == ("test", "cli"):
        assert block.lang == "bash", f"{block.id}: a cli transcript must be a bash block"
        return "cli"
    if block.lang == "python":
        return "sandbox" if block.mark == ("test", "sandbox") else "host"
    assert block.mark is None, f"{block.id}: marker on a {block.lang or 'plain'} block"
    assert not (block.lang == "bash" and "monty-agent run" in block.code), (
        f"{block.id}: a bash block running monty-agent must be marked <!-- test: cli -->"
    )
    return "other"


def _blocks(kind: str) -> list[Block]:
    return [b for b in BLOCKS if _kind(b) == kind]


def test_docs_exist() -> None:
    assert (ROOT / "README.md") in DOCS
    assert len(DOCS) >= 6, [d.name for d in DOCS]
    assert len(_blocks("host")) >= 20
    assert _blocks("sandbox")
    assert _blocks("cli")


def _exempt(node: ast.stmt) -> bool:
    """Statements that may legitimately not run: `pass`, docstrings and `...`, and
    `raise AssertionError(...)` (the fall-through of a `try` that expects an exception)."""
    if isinstance(node, ast.Pass):
        return True
    if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
        return True
    return (
        isinstance(node, ast.Raise)
        and isinstance(node.exc, ast.Call)
        and isinstance(node.exc.func, ast.Name)
        and node.exc.func.id == "AssertionError"
    )


class _Instrument(ast.NodeTransformer):
    """Put `mark(line)` before every statement and at the start of every `except` clause."""

    def __init__(self, mark: str) -> None:
        self.mark = mark
        self.lines: set[int] = set()

    def _call(self, line: int, where: ast.AST) -> ast.stmt:
        self.lines.add(line)
        call = ast.Expr(
            ast.Call(ast.Name(self.mark, ast.Load()), [ast.Constant(line)], keywords=[])
        )
        return ast.copy_location(call, where)

    def generic_visit(self, node: ast.AST) -> ast.AST:
        super().generic_visit(node)
        for field, value in ast.iter_fields(node):
            if isinstance(value, list) and value and isinstance(value[0], ast.stmt):
                body: list[ast.stmt] = []
                for stmt in value:
                    if not _exempt(stmt):
                        body.append(self._call(stmt.lineno, stmt))
                    body.append(stmt)
                if isinstance(node, ast.ExceptHandler) and field == "body":
                    body.insert(0, self._call(node.lineno, node))
                setattr(node, field, body)
        return node


def _instrument(source: str, mark: str) -> tuple[ast.Module, set[int]]:
    """The block's AST with line marks, and the lines that must be marked when it has run."""
    instrument = _Instrument(mark)
    tree = instrument.visit(ast.parse(source))
    return ast.fix_missing_locations(tree), instrument.lines


def _assert_all_ran(block: Block, expected: set[int], ran: set[int]) -> None:
    missed = sorted(expected - ran)
    lines = block.code.splitlines()
    shown = "\n".join(f"  line {n}: {lines[n - 1].strip()}" for n in missed)
    assert not missed, f"{block.id}: these lines of the example never ran:\n{shown}"


@pytest.mark.parametrize("block", _blocks("host"), ids=lambda b: b.id)
def test_host_block(block: Block) -> None:
    tree, expected = _instrument(block.code, "__doc_line_ran__")
    ran: set[int] = set()
    namespace = {"__name__": "__doc_example__", "__doc_line_ran__": ran.add}
    lines = block.code.splitlines(keepends=True)
    linecache.cache[block.id] = (len(block.code), None, lines, block.id)  # readable tracebacks
    flags = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT  # and not the `annotations` future of this file
    code = compile(tree, block.id, "exec", flags=flags, dont_inherit=True)
    if code.co_flags & inspect.CO_COROUTINE:  # top-level await: an async example
        asyncio.run(eval(code, namespace))
    else:
        exec(code, namespace)
    _assert_all_ran(block, expected, ran)


@pytest.mark.parametrize("block", _blocks("sandbox"), ids=lambda b: b.id)
def test_sandbox_block(block: Block) -> None:
    MontyRun(block.code, script_name=block.id)  # the block as written is accepted
    tree, expected = _instrument(block.code, "doc_line_ran")
    ran: set[int] = set()
    run = MontyRun(ast.unparse(tree), external_functions=["doc_line_ran"])
    run.run(
        external_functions={"doc_line_ran": ran.add},
        print_callback=lambda _stream, _text: None,
    )
    _assert_all_ran(block, expected, ran)


def _transcript(code: str) -> list[tuple[str, list[str]]]:
    steps: list[tuple[str, list[str]]] = []
    for line in code.splitlines():
        if line.startswith("$ "):
            steps.append((line[2:], []))
        else:
            assert steps, f"output before the first command: {line!r}"
            steps[-1][1].append(line.rstrip())
    return steps


def _monty_argv(command: str) -> list[str] | None:
    """The argv to run for a shown command, or None if it is neither a monty-agent command
    nor an example agent (`python -m examples.NAME`)."""
    part = command.split("&&")[-1].strip()
    argv = shlex.split(part)
    if argv[:2] == ["uv", "run"]:
        argv = argv[2:]
    if argv[:2] == ["python", "-m"] and len(argv) > 2 and argv[2].startswith("examples."):
        return [sys.executable, *argv[1:]]
    if not argv or argv[0] != "monty-agent":
        return None
    return [sys.executable, "-m", "monty_agent.cli", *argv[1:]]


def _matches(got: list[str], expected: list[str]) -> bool:
    """Whether output lines match expected lines, where a `...` line matches any number
    of lines."""
    if not expected:
        return not got
    if expected[0] == "...":
        return any(_matches(got[i:], expected[1:]) for i in range(len(got) + 1))
    return bool(got) and got[0] == expected[0] and _matches(got[1:], expected[1:])


@pytest.mark.parametrize("block", _blocks("cli"), ids=lambda b: b.id)
def test_cli_block(block: Block, tmp_path: Path) -> None:
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    for other in BLOCKS:
        if other.doc == block.doc and other.mark is not None and other.mark[0] == "file":
            target = tmp_path / other.mark[1]
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(other.code, encoding="utf-8")
    # the example agents print with rich: no terminal, a fixed width, UTF-8
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "COLUMNS": "80", "PYTHONIOENCODING": "utf-8"}
    ran = 0
    for command, expected in _transcript(block.code):
        argv = _monty_argv(command)
        if argv is None:
            continue
        proc = subprocess.run(
            argv,
            cwd=tmp_path,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding="utf-8",
            timeout=120,
        )
        got = [line.rstrip() for line in proc.stdout.rstrip("\n").splitlines()]
        while expected and not expected[-1]:
            expected.pop()
        assert _matches(got, expected), f"{block.id}: `{command}` printed:\n{proc.stdout}"
        ran += 1
    assert ran, f"{block.id}: no monty-agent command in the transcript"


def test_parser_understands_markers(tmp_path: Path) -> None:
    doc = tmp_path / "x.md"
    doc.write_text(
        "<!-- test: cli -->\n```bash\n$ echo hi && uv run monty-agent run a.py\nout\n```\n"
        "<!-- a comment that is not a marker -->\n```python\nx = 1\n```\n",
        encoding="utf-8",
    )
    cli, py = parse_blocks(doc)
    assert (cli.mark, cli.lang, py.mark, py.lang) == (("test", "cli"), "bash", None, "python")
    doc.write_text("<!-- test: cli extra -->\n```bash\n```\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="malformed test marker"):
        parse_blocks(doc)
    assert _transcript(cli.code) == [("echo hi && uv run monty-agent run a.py", ["out"])]
    assert _monty_argv("echo hi && uv run monty-agent run a.py") == [
        sys.executable,
        "-m",
        "monty_agent.cli",
        "run",
        "a.py",
    ]
    assert _monty_argv("uv run pytest") is None
    assert _monty_argv("pip install uv && uv run python -m examples.web_scraper --x") == [
        sys.executable,
        "-m",
        "examples.web_scraper",
        "--x",
    ]
    assert _monty_argv("python -m json.tool") is None


def test_wildcard_lines() -> None:
    assert _matches(["a", "b", "c"], ["a", "...", "c"])
    assert _matches(["a", "c"], ["a", "...", "c"])
    assert _matches(["a", "x", "y", "c"], ["...", "c"])
    assert not _matches(["a", "b"], ["a", "...", "c"])
    assert not _matches(["a", "b", "c"], ["a", "c"])


def test_instrumentation_finds_lines_that_never_ran() -> None:
    source = (
        "def f():\n"
        '    """Doc."""\n'
        "    return 1\n"
        "try:\n"
        "    f()\n"
        "except ValueError as err:\n"
        "    assert False, err\n"
        "else:\n"
        "    pass\n"
        "if not ran:\n"
        "    raise AssertionError('not reached')\n"
    )
    tree, expected = _instrument(source, "mark")
    ran: set[int] = set()
    exec(compile(tree, "<x>", "exec"), {"mark": ran.add, "ran": ran})
    assert expected == {1, 3, 4, 5, 6, 7, 10}
    assert expected - ran == {6, 7}
    block = Block(Path(ROOT / "x.md"), 1, "python", None, source)
    with pytest.raises(AssertionError, match="line 6: except ValueError as err:"):
        _assert_all_ran(block, expected, ran)
