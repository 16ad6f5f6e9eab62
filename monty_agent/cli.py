"""The `monty-agent` command: `monty-agent run FILE [--input NAME=JSON ...]`."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from ._errors import MontyRuntimeError, MontySyntaxError
from ._limits import ResourceLimits
from ._run import MontyRun

__all__ = ["main"]


def _parse_input(text: str) -> tuple[str, Any]:
    name, sep, raw = text.partition("=")
    if not sep or not name.isidentifier():
        raise argparse.ArgumentTypeError(f"--input expects NAME=JSON, got {text!r}")
    try:
        return name, json.loads(raw)
    except json.JSONDecodeError as exc:
        raise argparse.ArgumentTypeError(f"--input {name}: invalid JSON ({exc.msg})") from None


def _echo(_stream: str, text: str) -> None:
    sys.stdout.write(text)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the process exit code."""
    parser = argparse.ArgumentParser(
        prog="monty-agent", description="Run Python in the monty-agent sandbox."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="run a Python file in the sandbox, print its output and value")
    run.add_argument("file")
    run.add_argument("--input", action="append", default=[], type=_parse_input, metavar="NAME=JSON")
    run.add_argument("--max-duration", type=float, default=None, metavar="S")
    run.add_argument("--max-memory", type=int, default=None, metavar="BYTES")
    args = parser.parse_args(argv)
    try:
        with open(args.file, encoding="utf-8") as f:
            source = f.read()
    except OSError as exc:
        print(f"monty-agent: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
        return 2
    inputs = dict(args.input)
    limits = ResourceLimits(max_duration_secs=args.max_duration, max_memory=args.max_memory)
    try:
        runner = MontyRun(source, inputs=list(inputs), script_name=args.file)
        value = runner.run(
            inputs=inputs,
            limits=limits,
            print_callback=_echo,
        )
    except MontySyntaxError as exc:
        print(exc.display(), file=sys.stderr)
        return 1
    except MontyRuntimeError as exc:
        sys.stdout.flush()
        print(exc.display("traceback"), file=sys.stderr)
        return 1
    if value is not None:
        print(repr(value))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
