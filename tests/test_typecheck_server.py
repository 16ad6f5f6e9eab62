"""The warm `ty server` behind `type_check=True`: it reports what `ty check` reports, every
check sees the text it is given, and a server that dies, hangs or writes garbage is
replaced once, then refused with a clear error; servers are stopped and reaped."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from monty_agent import MontyError, MontyRun, MontyTypingError
from monty_agent import _typecheck as typecheck
from monty_agent._lsp import LspClient, LspError
from monty_agent._stubs import StubSet
from monty_agent._typecheck import TypeChecker, checker_for

ROOT = Path(__file__).resolve().parent.parent


def get_order(order_id: int) -> int:
    """Fetch one order."""
    return order_id


def stubs_with(*names: str) -> StubSet:
    stubs = StubSet()
    stubs.add_function("get_order", get_order)
    for name in names:
        stubs.add_untyped_function(name, is_async=False)
    return stubs


@pytest.fixture
def checker() -> Iterator[TypeChecker]:
    """A checker of its own (not shared through `checker_for`), closed afterwards."""
    made = TypeChecker(stubs_with("own_checker"))
    yield made
    made.close()


def reaped(pid: int) -> bool:
    """Whether `pid` no longer exists (a zombie still would)."""
    return not Path(f"/proc/{pid}").exists()


# -- the same findings as the command line ------------------------------------------------
SNIPPETS = [
    "x = await get_order('a')\nimport sys\nsys.settrace(None)\ninput()\n",
    's = "é€😀"; s.foo\nt = "😀😀"; get_order(t)\n',
    "def f() -> int:\n    return 'x'\n\n\nclass A:\n    def m(self) -> None:\n        self.y: int = 'no'\n",
    "def f():\n    return 1\n    y = 2\nimport os\nz = 1  # type: ignore\nw: int = 1  # ty: ignore[invalid-assignment]\n",
    "reveal_type(1)\nx = [1, 2]\nx.append('s')\nx.nope\n",
    "def broken(:\n    pass\nprint(",
    "import math\nmath.floor('x')\nlen(5)\nundefined_name\n",
    "from typing import TypedDict\nclass P(TypedDict):\n    a: int\np: P = {'a': 'x', 'b': 1}\n",
    "async def g():\n    yield 1\nasync for v in g():\n    v.upper()\nasync with open('x') as fh:\n    pass\n",
    "x: int = (\n    'multi'\n    'line'\n)\nlambda: x.bad\n",
    "import pytest\nfrom . import sibling\nimport json\njson.nope\n",
]


def command_line(checker: TypeChecker, text: str) -> list[tuple[Any, ...]]:
    """What `ty check` (GitLab format) reports on `text` with the checker's configuration."""
    path = checker.directory / "cli_snippet.py"
    path.write_text(text, encoding="utf-8")
    try:
        done = subprocess.run(
            [
                typecheck._ty_binary(),
                "check",
                "--output-format",
                "gitlab",
                "--no-progress",
                "--exit-zero",
                "--color",
                "never",
                str(path),
            ],
            cwd=checker.directory,
            env=typecheck._environment(checker.directory),
            capture_output=True,
            check=True,
        )
    finally:
        path.unlink()
    out: list[tuple[Any, ...]] = []
    severities = {"blocker": "error", "critical": "error", "major": "error", "minor": "warning"}
    for item in json.loads(done.stdout):
        rule = item["check_name"]
        message = item["description"].removeprefix(rule + ": ")
        begin, end = item["location"]["positions"]["begin"], item["location"]["positions"]["end"]
        severity = severities.get(item["severity"], item["severity"])
        out.append(
            (begin["line"], begin["column"], end["line"], end["column"], rule, severity, message)
        )
    return out


def test_the_server_reports_what_the_command_line_reports(checker: TypeChecker) -> None:
    for text in SNIPPETS:
        served = [
            (d.line, d.column, d.end_line, d.end_column, d.rule, d.severity, d.message)
            for d in checker._run_ty(text)
        ]
        assert served == command_line(checker, text), text
    # The snippets cover what the mapping has to get right.
    rules = {d.rule for text in SNIPPETS for d in checker._run_ty(text)}
    assert {
        "invalid-syntax",
        "revealed-type",
        "unused-ignore-comment",
        "missing-attribute",
    } <= rules


# -- every check sees its own text ----------------------------------------------------------
def test_a_check_never_returns_the_previous_texts_result(checker: TypeChecker) -> None:
    broken, fixed = "n = get_order('one')\n", "n = get_order(1)\n"
    for _ in range(3):
        assert [d.rule for d in checker.check(broken)] == ["invalid-argument-type"]
        assert checker.check(fixed) == []
    assert [d.rule for d in checker.check(broken)] == ["invalid-argument-type"]
    # The same text twice in a row is checked again, with the same result.
    assert checker.check(broken) == checker.check(broken)


def test_checks_from_several_threads(checker: TypeChecker) -> None:
    results: dict[int, list[str]] = {}

    def work(i: int) -> None:
        code = f"n = get_order({i})\n" if i % 2 else f"n = get_order('{i}')\n"
        for _ in range(5):
            results.setdefault(i, []).extend(d.rule for d in checker.check(code))

    threads = [threading.Thread(target=work, args=(i,)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == {i: [] if i % 2 else ["invalid-argument-type"] * 5 for i in range(6)}


# -- robustness -------------------------------------------------------------------------------
def test_a_server_killed_between_checks_is_replaced(checker: TypeChecker) -> None:
    assert checker.check("get_order('x')")[0].rule == "invalid-argument-type"
    pid = checker.server_pid
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    assert checker.check("get_order('x')")[0].rule == "invalid-argument-type"
    assert checker.server_pid not in (None, pid)
    assert reaped(pid)


def fake_server(tmp_path: Path, body: str) -> str:
    script = tmp_path / "fake-ty"
    script.write_text(f"#!{sys.executable}\nimport sys, time\n{body}\n")
    script.chmod(0o755)
    return str(script)


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ("time.sleep(60)", "took longer than 0.5 s"),
        ("sys.stdout.write('garbage\\r\\n\\r\\n'); sys.stdout.flush(); time.sleep(60)", "garbage"),
        ("sys.stderr.write('ty: cannot start\\n'); sys.exit(3)", "exited (status 3)"),
        ("print('Content-Length: 2\\r\\n\\r\\n[]', end='', flush=True); time.sleep(60)", "garbage"),
    ],
    ids=["hangs", "garbage", "exits", "not-an-object"],
)
def test_a_server_that_fails_twice_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, checker: TypeChecker, body: str, error: str
) -> None:
    monkeypatch.setattr(typecheck, "TIMEOUT", 0.5)
    monkeypatch.setattr(typecheck, "_ty_path", fake_server(tmp_path, body))
    started: list[int] = []
    real_init = LspClient.__init__

    def record(self: LspClient, *args: Any, **kwargs: Any) -> None:
        try:
            real_init(self, *args, **kwargs)
        finally:
            started.append(self.pid)

    monkeypatch.setattr(LspClient, "__init__", record)
    with pytest.raises(MontyError, match=re.escape(error)) as raised:
        checker.check("x = 1")
    assert "restarted once" in str(raised.value)
    assert len(started) == 2 and all(reaped(pid) for pid in started)
    assert checker.server_pid is None


def test_a_server_that_hangs_during_a_check_is_replaced(checker: TypeChecker) -> None:
    assert checker.check("x = 1") == []
    pid = checker.server_pid
    assert pid is not None
    os.kill(pid, signal.SIGSTOP)  # alive, but answers nothing
    old_timeout = typecheck.TIMEOUT
    typecheck.TIMEOUT = 1.0
    try:
        assert checker.check("get_order('x')")[0].rule == "invalid-argument-type"
    finally:
        typecheck.TIMEOUT = old_timeout
    assert checker.server_pid != pid and reaped(pid)


def test_a_request_without_an_answer_times_out(tmp_path: Path) -> None:
    with pytest.raises(LspError, match="did not answer initialize in time"):
        LspClient(
            [fake_server(tmp_path, "time.sleep(60)")], cwd=tmp_path, env=os.environ, timeout=0.3
        )
    with pytest.raises(LspError, match="could not start"):
        LspClient([str(tmp_path / "missing")], cwd=tmp_path, env=os.environ, timeout=0.3)


def test_servers_are_bounded_and_stopped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(typecheck, "RUNNING_SERVERS", 2)
    checkers = [checker_for(stubs_with(f"bounded_{i}")) for i in range(3)]
    pids: list[int] = []
    for each in checkers:
        assert each.check("get_order(1)") == []
        assert each.server_pid is not None
        pids.append(each.server_pid)
    # The least recently used server was stopped and reaped; its checker starts a new one.
    assert checkers[0].server_pid is None and reaped(pids[0])
    assert [c.server_pid for c in checkers[1:]] == pids[1:]
    assert checkers[0].check("get_order('x')")[0].rule == "invalid-argument-type"
    assert checkers[1].server_pid is None and reaped(pids[1])
    live = [c.server_pid for c in checkers if c.server_pid is not None]
    typecheck.stop_servers()
    assert all(c.server_pid is None for c in checkers)
    assert all(reaped(pid) for pid in live)


def test_the_server_sees_nothing_of_the_host(checker: TypeChecker) -> None:
    checker.check("x = 1")
    pid = checker.server_pid
    assert pid is not None
    environ = dict(
        entry.split("=", 1)
        for entry in Path(f"/proc/{pid}/environ").read_text().split("\0")
        if "=" in entry
    )
    assert "VIRTUAL_ENV" not in environ
    assert environ["XDG_CONFIG_HOME"] == str(checker.directory)
    assert Path(f"/proc/{pid}/cwd").resolve() == checker.directory.resolve()
    # Host packages are unknown: pytest is installed here, not in the sandbox.
    messages = [d.message for d in checker.check("import pytest")]
    assert "Cannot resolve imported module `pytest`" in messages


def test_the_host_search_path_is_not_the_checkers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "hostmod.py").write_text("def leaked() -> int: ...\n")
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    fresh = TypeChecker(stubs_with("host_search_path"))
    try:
        messages = [d.message for d in fresh.check("import hostmod\nhostmod.leaked()")]
        assert "Cannot resolve imported module `hostmod`" in messages
    finally:
        fresh.close()


def test_servers_stop_when_the_interpreter_exits() -> None:
    code = (
        "from monty_agent import MontyRun, MontyTypingError\n"
        "from monty_agent._typecheck import _servers\n"
        "try:\n    MontyRun('len(1)', type_check=True)\nexcept MontyTypingError:\n    pass\n"
        "print(*[c.server_pid for c in _servers])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    (pid,) = map(int, done.stdout.split())
    assert reaped(pid)


def test_a_closed_checker_checks_again(checker: TypeChecker) -> None:
    checker.check("x = 1")
    pid = checker.server_pid
    checker.close()
    assert pid is not None and reaped(pid) and not checker.directory.exists()
    assert checker.check("get_order('x')")[0].rule == "invalid-argument-type"


def test_type_checked_runs_reuse_the_warm_server() -> None:
    MontyRun("x = 1", type_check=True)
    (first,) = {c.server_pid for c in typecheck._servers if c.module == StubSet().module()}
    with pytest.raises(MontyTypingError):
        MontyRun("len(1)", type_check=True)
    MontyRun("len('1')", type_check=True)
    assert {c.server_pid for c in typecheck._servers if c.module == StubSet().module()} == {first}


SCRIPTED_SERVER = """
import json
def read():
    length = None
    while True:
        line = sys.stdin.buffer.readline()
        if line == b"\\r\\n":
            break
        name, _, value = line.decode().partition(":")
        if name.lower() == "content-length":
            length = int(value)
    return json.loads(sys.stdin.buffer.read(length))
def write(message):
    body = json.dumps(message).encode()
    sys.stdout.buffer.write(b"Content-Length: %d\\r\\n\\r\\n" % len(body) + body)
    sys.stdout.buffer.flush()
initialize = read()
write({"jsonrpc": "2.0", "method": "window/logMessage", "params": {"message": "hi"}})
write({"jsonrpc": "2.0", "id": "s1", "method": "workspace/configuration", "params": {}})
answer = read()
write({"jsonrpc": "2.0", "id": 99, "result": "an answer to nothing"})
write({"jsonrpc": "2.0", "id": initialize["id"], "result": {"refused": answer["error"]}})
read()  # initialized
request = read()
write({"jsonrpc": "2.0", "id": request["id"], "error": {"code": -32600, "message": "no"}})
time.sleep(60)  # and reads nothing more
"""


def test_the_client_answers_the_server_and_bounds_its_writes(tmp_path: Path) -> None:
    client = LspClient(
        [fake_server(tmp_path, SCRIPTED_SERVER)], cwd=tmp_path, env=os.environ, timeout=5
    )
    try:
        # The server's own request was refused, its notification and stray answer dropped.
        assert client.capabilities == {"refused": {"code": -32601, "message": "not supported"}}
        with pytest.raises(LspError, match="refused test/method: no"):
            client.request("test/method", {}, timeout=5)
        # A server that reads nothing cannot block a writer past the deadline.
        with pytest.raises(LspError, match="stopped reading"):
            client.notify("test/big", "x" * 4_000_000, timeout=0.5)
        assert not client.alive
    finally:
        client.stop()
    assert reaped(client.pid)


@pytest.mark.parametrize(
    "report",
    [
        None,
        {"kind": "unchanged", "resultId": "1"},  # never asked for: a stale answer is refused
        {"kind": "full", "items": None},
        {"kind": "full", "items": [{"code": "x", "message": "m"}]},
        {"kind": "full", "items": [{"code": "x", "message": "m", "range": {"start": 1}}]},
    ],
)
def test_a_report_that_cannot_be_read_is_refused(report: Any) -> None:
    with pytest.raises(LspError, match="report could not be read"):
        typecheck._from_lsp(report)


def test_a_server_counting_columns_otherwise_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, checker: TypeChecker
) -> None:
    answer = {"capabilities": {"positionEncoding": "utf-16"}}
    body = SCRIPTED_SERVER.split("initialize = read()")[0] + (
        f"write({{'jsonrpc': '2.0', 'id': read()['id'], 'result': {answer!r}}})\ntime.sleep(60)\n"
    )
    monkeypatch.setattr(typecheck, "_ty_path", fake_server(tmp_path, body))
    with pytest.raises(MontyError, match="counts columns in utf-16"):
        checker.check("x = 1")


def test_dropped_stub_directories_stop_their_server(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(typecheck, "CACHED_STUB_DIRS", 1)
    first = checker_for(stubs_with("dropped_first"))
    first.check("x = 1")
    pid = first.server_pid
    assert pid is not None
    second = checker_for(stubs_with("dropped_second"))
    assert first.server_pid is None and reaped(pid) and not first.directory.exists()
    assert checker_for(stubs_with("dropped_second")) is second
