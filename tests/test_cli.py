"""The `monty-agent` command, driven through `monty_agent.cli.main`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from monty_agent.cli import main


def write(tmp_path: Path, source: str, name: str = "prog.py") -> str:
    path = tmp_path / name
    path.write_text(source, encoding="utf-8")
    return str(path)


def test_prints_output_then_value(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    prog = write(tmp_path, 'print("hello")\nprint("world", end="!\\n")\n{"a": [1, 2], "b": None}\n')
    assert main(["run", prog]) == 0
    out, err = capsys.readouterr()
    assert out == "hello\nworld!\n{'a': [1, 2], 'b': None}\n"
    assert err == ""


def test_none_value_is_not_printed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    prog = write(tmp_path, "x = 1\nprint(x)\n")
    assert main(["run", prog]) == 0
    assert capsys.readouterr().out == "1\n"


def test_string_value_is_printed_as_repr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    prog = write(tmp_path, "'a' + 'b'\n")
    assert main(["run", prog]) == 0
    assert capsys.readouterr().out == "'ab'\n"


def test_inputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    prog = write(tmp_path, "{'total': sum(xs), 'who': name, 'cfg': cfg}\n")
    code = main(
        [
            "run",
            prog,
            "--input",
            "xs=[1, 2, 3.5]",
            "--input",
            'name="ada"',
            "--input",
            'cfg={"deep": {"ok": true, "n": null}}',
        ]
    )
    assert code == 0
    assert capsys.readouterr().out == (
        "{'total': 6.5, 'who': 'ada', 'cfg': {'deep': {'ok': True, 'n': None}}}\n"
    )


def test_input_value_may_contain_equals(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    prog = write(tmp_path, "q\n")
    assert main(["run", prog, "--input", 'q="a=b"']) == 0
    assert capsys.readouterr().out == "'a=b'\n"


@pytest.mark.parametrize(
    ("arg", "message"),
    [
        ("novalue", "--input expects NAME=JSON, got 'novalue'"),
        ("1x=2", "--input expects NAME=JSON, got '1x=2'"),
        ("=2", "--input expects NAME=JSON, got '=2'"),
        ("x=[1", "--input x: invalid JSON"),
        ("x=nope", "--input x: invalid JSON"),
    ],
)
def test_invalid_input_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], arg: str, message: str
) -> None:
    prog = write(tmp_path, "1\n")
    with pytest.raises(SystemExit) as exc:
        main(["run", prog, "--input", arg])
    assert exc.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert message in err
    assert "usage: monty-agent run" in err


def test_syntax_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    prog = write(tmp_path, "x = 1\ny = (x +\n")
    assert main(["run", prog]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert f'File "{prog}", line 2' in err
    assert "y = (x +" in err
    assert err.rstrip().splitlines()[-1] == "SyntaxError: '(' was never closed"


def test_refused_construct_is_reported_like_a_syntax_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    prog = write(tmp_path, "def f():\n    pass\n\nf.__globals__\n")
    assert main(["run", prog]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        f'  File "{prog}", line 4\n'
        "    f.__globals__\n"
        "      ^\n"
        "SyntaxError: access to the attribute '__globals__' is not allowed in the sandbox\n"
    )


def test_runtime_error_prints_sandbox_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    prog = write(
        tmp_path,
        "def parse(row):\n"
        "    return int(row['qty'])\n"
        "\n"
        "print('parsing')\n"
        "rows = [{'qty': '2'}, {'qty': 'two'}]\n"
        "[parse(r) for r in rows]\n",
    )
    assert main(["run", prog]) == 1
    out, err = capsys.readouterr()
    assert out == "parsing\n"
    lines = err.rstrip("\n").splitlines()
    assert lines[0] == "Traceback (most recent call last):"
    assert f'  File "{prog}", line 6, in <module>' in lines
    assert "    [parse(r) for r in rows]" in lines
    assert lines[-3:] == [
        f'  File "{prog}", line 2, in parse',
        "    return int(row['qty'])",
        "ValueError: invalid literal for int() with base 10: 'two'",
    ]
    # Only sandbox frames: nothing from the host's own files.
    assert all(prog in line for line in lines if line.startswith("  File "))


def test_uncaught_custom_exception(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    prog = write(tmp_path, "class Oops(Exception):\n    pass\n\nraise Oops('bad data')\n")
    assert main(["run", prog]) == 1
    assert capsys.readouterr().err.endswith("Oops: bad data\n")


def test_system_exit_in_sandbox_does_not_exit_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    prog = write(tmp_path, "raise SystemExit(0)\n")
    assert main(["run", prog]) == 1
    assert capsys.readouterr().err.endswith("SystemExit: 0\n")


def test_max_duration(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    prog = write(tmp_path, "while True:\n    pass\n")
    assert main(["run", prog, "--max-duration", "0.2"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.endswith("TimeoutError: execution exceeded the time limit of 0.2 seconds\n")
    assert f'File "{prog}", line 1, in <module>' in err


def test_max_memory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    prog = write(tmp_path, "s = 'x' * 15_000_000\nlen(s)\n")
    assert main(["run", prog, "--max-memory", "10000000"]) == 1
    assert "MemoryError" in capsys.readouterr().err
    assert main(["run", prog]) == 0
    assert capsys.readouterr().out == "15000000\n"


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = str(tmp_path / "nope.py")
    assert main(["run", missing]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"monty-agent: cannot read {missing}: No such file or directory\n"


def test_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main([])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["run"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["run", "x.py", "--max-duration", "soon"])
    assert exc.value.code == 2
    assert "invalid float value: 'soon'" in capsys.readouterr().err


def test_module_entry_point(tmp_path: Path) -> None:
    prog = write(tmp_path, "print('hi')\n1 + 1\n")
    proc = subprocess.run(
        [sys.executable, "-m", "monty_agent.cli", "run", prog],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "hi\n2\n", "")
