"""Run the conformance corpus in `tests/cases/` under CPython (the oracle) and under monty.

Every case is a small self-contained Python 3.11 program. Its *outcome* is:

- the text it printed to stdout,
- the `repr` of its final value (the value of the last statement when that statement is an
  expression statement; `None` otherwise), and
- for a program that ends with an uncaught exception, `(type(exc).__name__, str(exc))`.

CPython is the oracle: a case without a header must produce the same outcome in the sandbox as in
CPython. A case whose first line is a header declares a sandbox-only outcome instead:

    # monty: refused
        the sandbox refuses the program before running it (`MontySyntaxError`), printing nothing.
    # monty: raises TypeName [max_duration=SECONDS] [max_memory=BYTES]
        the sandbox runs the program (with those resource limits, if given) and it ends with an
        uncaught exception whose type is `TypeName` (the message is not checked).

A case with resource limits runs the sandbox in a child process watched from outside (resident
memory and wall-clock time), so that a sandbox which fails to enforce a limit fails that one test
instead of exhausting the test machine.

Usage as a script, to inspect cases by hand:

    python tests/case_runner.py [--oracle-only] tests/cases/func_*.py
"""

from __future__ import annotations

import ast
import calendar
import contextlib
import decimal
import inspect
import io
import json
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

CASES_DIR = Path(__file__).parent / "cases"
SCRIPT_NAME = "main.py"
# The CPython side stores the final expression's value in this hidden global.
RESULT_NAME = "_monty_case_result_"
DEFAULT_MAX_DURATION_SECS = 10.0
# Limit cases run in a child process that is killed past these (see run_monty_isolated).
ISOLATION_RSS_CEILING = 2 * 1024**3
ISOLATION_GRACE_SECS = 30.0

_HEADER_RE = re.compile(r"#\s*monty:\s*(?P<body>.*?)\s*")
_OPTION_PARSERS: dict[str, tuple[str, type]] = {
    # header option -> (ResourceLimits keyword, value type)
    "max_duration": ("max_duration_secs", float),
    "max_memory": ("max_memory", int),
}


class CaseError(Exception):
    """The case file itself (or the oracle run) is broken, as opposed to the sandbox failing it."""


# --------------------------------------------------------------------------------------------
# Case files and headers
# --------------------------------------------------------------------------------------------


def case_files() -> list[Path]:
    return sorted(CASES_DIR.glob("*.py"))


@dataclass(frozen=True)
class Header:
    """A sandbox-only outcome declared on the first line of a case."""

    kind: str  # 'refused' or 'raises'
    type_name: str | None = None
    limits: dict[str, Any] = field(default_factory=dict[str, Any])


def parse_header(src: str) -> Header | None:
    first_line = src.split("\n", 1)[0]
    m = _HEADER_RE.fullmatch(first_line)
    if m is None:
        return None
    words = m.group("body").split()
    if words == ["refused"]:
        return Header("refused")
    if len(words) >= 2 and words[0] == "raises" and words[1].isidentifier():
        limits: dict[str, Any] = {}
        for option in words[2:]:
            key, sep, raw = option.partition("=")
            if not sep or key not in _OPTION_PARSERS:
                raise CaseError(f"unknown header option {option!r} in {first_line!r}")
            kwarg, conv = _OPTION_PARSERS[key]
            limits[kwarg] = conv(raw)
        return Header("raises", words[1], limits)
    raise CaseError(f"malformed header {first_line!r}")


# --------------------------------------------------------------------------------------------
# Outcomes
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    stdout: str
    # canonical repr of the final value ('None' when the last statement is not an expression);
    # None when the program raised or was refused
    value: str | None
    # (type name, message) of the uncaught exception
    exc: tuple[str, str] | None
    # message of the MontySyntaxError when the sandbox refused the program
    refused: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def canonical_repr(value: Any) -> str:
    """`repr(value)`, except that set elements are listed sorted by their own canonical repr.

    Set iteration order is an artefact of hashing (and of insertion history), which the sandbox
    need not reproduce for a *returned* value; printed output is still compared verbatim.
    """
    tp = type(value)
    if tp is set or tp is frozenset:
        if not value:
            return repr(value)
        body = "{" + ", ".join(sorted(canonical_repr(v) for v in value)) + "}"
        return body if tp is set else f"frozenset({body})"
    if tp is list:
        return "[" + ", ".join(canonical_repr(v) for v in value) + "]"
    if tp is tuple:
        if len(value) == 1:
            return f"({canonical_repr(value[0])},)"
        return "(" + ", ".join(canonical_repr(v) for v in value) + ")"
    if tp is dict:
        items = (f"{canonical_repr(k)}: {canonical_repr(v)}" for k, v in value.items())
        return "{" + ", ".join(items) + "}"
    return repr(value)


PLAIN_SCALARS = (type(None), bool, int, float, complex, str, bytes)


def is_plain_data(value: Any) -> bool:
    tp = type(value)
    if tp in PLAIN_SCALARS:
        return True
    if tp in (list, tuple, set, frozenset):
        return all(is_plain_data(v) for v in value)
    if tp is dict:
        return all(is_plain_data(k) and is_plain_data(v) for k, v in value.items())
    return False


# --------------------------------------------------------------------------------------------
# CPython (oracle)
# --------------------------------------------------------------------------------------------


def _compile_for_oracle(src: str) -> tuple[Any, bool]:
    tree = ast.parse(src, SCRIPT_NAME)
    has_value = bool(tree.body) and isinstance(tree.body[-1], ast.Expr)
    if has_value:
        last = tree.body[-1]
        assert isinstance(last, ast.Expr)
        assign = ast.Assign(targets=[ast.Name(RESULT_NAME, ast.Store())], value=last.value)
        tree.body[-1] = ast.copy_location(assign, last)
        ast.fix_missing_locations(tree)
    # dont_inherit: this module's `from __future__ import annotations` must not leak into cases
    code = compile(
        tree, SCRIPT_NAME, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, dont_inherit=True
    )
    return code, has_value


def _drive(coro: Any) -> None:
    """Run a top-level-await coroutine to completion; it must never actually suspend."""
    try:
        yielded = coro.send(None)
    except StopIteration:
        return
    coro.close()
    raise CaseError(f"top-level await suspended (yielded {yielded!r}); cases must not suspend")


def _run_cpython(src: str) -> tuple[Outcome, Any]:
    code, has_value = _compile_for_oracle(src)
    namespace: dict[str, Any] = {"__name__": "__main__"}
    buf = io.StringIO()
    exc: tuple[str, str] | None = None
    # Each case starts from CPython's defaults for the process-wide state a case may change
    # (the sandbox gives every run its own): the decimal context, calendar's first weekday.
    first_weekday = calendar.firstweekday()
    with contextlib.redirect_stdout(buf), decimal.localcontext(decimal.Context()):
        try:
            result = eval(code, namespace)
            if inspect.iscoroutine(result):
                _drive(result)
        except (CaseError, KeyboardInterrupt):
            raise
        except BaseException as e:
            exc = (type(e).__name__, str(e))
        finally:
            calendar.setfirstweekday(first_weekday)
    if exc is not None:
        return Outcome(buf.getvalue(), None, exc), None
    value = namespace.get(RESULT_NAME) if has_value else None
    return Outcome(buf.getvalue(), canonical_repr(value), None), value


def run_cpython(src: str) -> Outcome:
    """Run `src` in-process under CPython and record its outcome."""
    return _run_cpython(src)[0]


def check_oracle(src: str) -> Outcome:
    """Run `src` under CPython and check the corpus rules that make it usable as a case.

    The final value must be plain data, and nothing in the outcome may show a memory address.
    """
    outcome, value = _run_cpython(src)
    if not is_plain_data(value):
        raise CaseError(f"final value is not plain data: {type(value).__name__}")
    for text in (outcome.stdout, outcome.value or "", *(outcome.exc or ())):
        if re.search(r" at 0x[0-9a-fA-F]+", text):
            raise CaseError(f"outcome shows a memory address: {text!r}")
    return outcome


# --------------------------------------------------------------------------------------------
# Sandbox
# --------------------------------------------------------------------------------------------


def run_monty(src: str, **limits: Any) -> Outcome:
    """Run `src` in the monty sandbox and record its outcome.

    `limits` are `ResourceLimits` keyword arguments; `max_duration_secs` defaults to 10 s.
    """
    from monty_agent import MontyRun, MontyRuntimeError, MontySyntaxError, ResourceLimits

    limits.setdefault("max_duration_secs", DEFAULT_MAX_DURATION_SECS)
    out: list[str] = []

    def print_callback(stream: Any, text: str) -> None:
        if stream != "stderr":  # the outcome is what the program printed to stdout
            out.append(text)

    try:
        runner = MontyRun(src, script_name=SCRIPT_NAME)
        value = runner.run(limits=ResourceLimits(**limits), print_callback=print_callback)
    except MontySyntaxError as e:
        return Outcome("".join(out), None, None, refused=str(e) or type(e).__name__)
    except MontyRuntimeError as e:
        return Outcome("".join(out), None, (e.type_name, e.message))
    return Outcome("".join(out), canonical_repr(value), None)


_CHILD_SCRIPT = """
import json, sys
sys.path[:0] = json.loads(sys.argv[1])
import case_runner
outcome = case_runner.run_monty(sys.stdin.read(), **json.loads(sys.argv[2]))
sys.stdout.write("\\n" + case_runner.CHILD_MARKER + json.dumps(outcome.as_dict()) + "\\n")
"""
CHILD_MARKER = "@@monty-case-outcome@@ "


def _rss_bytes(pid: int) -> int:
    """Resident set size of a live process (Linux only; 0 where /proc is unavailable)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


def run_monty_isolated(
    src: str,
    *,
    rss_ceiling: int = ISOLATION_RSS_CEILING,
    grace_secs: float = ISOLATION_GRACE_SECS,
    **limits: Any,
) -> Outcome:
    """`run_monty` in a child process, killed if its RSS passes `rss_ceiling` bytes or if it
    runs `grace_secs` longer than the case's own `max_duration_secs`.

    Either kill means the sandbox did not enforce a limit, and raises AssertionError.
    """
    paths = [str(Path(__file__).parent)] + [p for p in sys.path if p]
    duration = float(limits.get("max_duration_secs", DEFAULT_MAX_DURATION_SECS))
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(
            [sys.executable, "-c", _CHILD_SCRIPT, json.dumps(paths), json.dumps(limits)],
            stdin=subprocess.PIPE,
            stdout=out,
            stderr=err,
            text=True,
        )
        assert proc.stdin is not None
        proc.stdin.write(src)
        proc.stdin.close()
        deadline = time.monotonic() + duration + grace_secs
        peak = 0
        while proc.poll() is None:
            peak = max(peak, _rss_bytes(proc.pid))
            problem = None
            if peak > rss_ceiling:
                problem = f"sandbox process grew past {rss_ceiling} bytes of resident memory"
            elif time.monotonic() > deadline:
                problem = f"sandbox process still running {grace_secs:g} s after max_duration"
            if problem:
                proc.kill()
                proc.wait()
                raise AssertionError(f"{problem} (limits: {limits})")
            time.sleep(0.005)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    for line in reversed(stdout.splitlines()):
        if line.startswith(CHILD_MARKER):
            fields = json.loads(line[len(CHILD_MARKER) :])
            exc = fields["exc"]
            return Outcome(
                fields["stdout"], fields["value"], tuple(exc) if exc else None, fields["refused"]
            )
    raise AssertionError(
        f"sandbox child process failed (exit {proc.returncode}):\n{stderr[-3000:]}"
    )


def check_case(path: Path) -> None:
    """Assert that the sandbox's outcome for the case at `path` is the expected one."""
    src = path.read_text(encoding="utf-8")
    header = parse_header(src)
    if header is None:
        expected = run_cpython(src)
        actual = run_monty(src)
        assert actual.as_dict() == expected.as_dict(), f"{path.name}: sandbox differs from CPython"
    elif header.kind == "refused":
        actual = run_monty(src)
        assert actual.refused is not None, f"{path.name}: expected a refusal, got {actual}"
        assert actual.stdout == "", f"{path.name}: printed before refusing: {actual.stdout!r}"
    else:
        isolated = bool(header.limits)
        actual = run_monty_isolated(src, **header.limits) if isolated else run_monty(src)
        assert actual.refused is None, f"{path.name}: refused: {actual.refused}"
        assert actual.exc is not None, f"{path.name}: expected {header.type_name}, got {actual}"
        assert actual.exc[0] == header.type_name, (
            f"{path.name}: expected {header.type_name}, got {actual.exc[0]}: {actual.exc[1]}"
        )


def main(argv: list[str]) -> int:
    oracle_only = "--oracle-only" in argv
    paths = [Path(a) for a in argv if a != "--oracle-only"] or case_files()
    for path in paths:
        src = path.read_text(encoding="utf-8")
        header = parse_header(src)
        print(f"== {path.name}" + (f"  [{header}]" if header else ""))
        if header is None:
            print("  cpython:", run_cpython(src))
        if not oracle_only:
            if header and header.limits:
                try:
                    print("  monty:  ", run_monty_isolated(src, **header.limits))
                except AssertionError as e:
                    print("  monty:   FAILED:", e)
            else:
                print("  monty:  ", run_monty(src))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
