"""The sandbox's `os`, `os.path`, `pathlib` and `open()` over `OSAccess`, end to end.

Host-side behaviour (what the VirtualFS does with paths and mounts) is in test_os_vfs.py;
these tests run sandbox code against it. The attacks in tests/security/attacks/modules/os_*
(`# os: yes`) try to escape a read-write mount.
"""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

import monty_agent as ma
from monty_agent import (
    FunctionCall,
    MemoryFile,
    MontyRun,
    MontyRuntimeError,
    MontySession,
    MountDir,
    OSAccess,
    OSCall,
    Sandbox,
)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def run(code: str, access: OSAccess | None = None, **kwargs: Any) -> Any:
    return MontyRun(code).run(os=access, **kwargs)


def error_of(code: str, access: OSAccess | None = None) -> MontyRuntimeError:
    with pytest.raises(MontyRuntimeError) as info:
        run(code, access)
    return info.value


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    root.mkdir()
    (root / "expenses.csv").write_text("amount,category\n12.50,food\n40,travel\n")
    (root / "sub").mkdir()
    (root / "sub" / "notes.md").write_text("# notes\r\nline two\r\n")
    return root


# -- nothing by default -------------------------------------------------------------------


def test_without_os_access_files_are_refused_and_the_environment_is_empty() -> None:
    err = error_of("open('/etc/hostname').read()")
    assert err.type_name == "PermissionError"
    assert "no file system access" in err.message and "'/etc/hostname'" in err.message
    assert run("import os\n(os.getenv('HOME'), dict(os.environ), 'PATH' in os.environ)") == (
        None,
        {},
        False,
    )
    assert run("import os.path\nos.path.exists('/etc/passwd')") is False
    assert error_of("from pathlib import Path\nPath('/x').write_text('y')").type_name == (
        "PermissionError"
    )


# -- memory files and mounts ----------------------------------------------------------------


def test_memory_files_read_write_and_stay_private_to_each_run() -> None:
    access = OSAccess(files=[MemoryFile("/config.json", '{"retries": 3}')])
    code = """
import json
from pathlib import Path
cfg = json.loads(Path('/config.json').read_text())
Path('/config.json').write_text(json.dumps({'retries': cfg['retries'] + 1}))
with open('/log.txt', 'a') as f:
    f.write('one\\n')
with open('/log.txt', 'a') as f:
    print('two', file=f)
(json.loads(open('/config.json').read())['retries'], open('/log.txt').read())
"""
    assert run(code, access) == (4, "one\ntwo\n")
    assert run(code, access) == (4, "one\ntwo\n")  # a fresh file system for each run


def test_a_read_only_mount_reads_and_refuses_writes(data_dir: Path) -> None:
    access = OSAccess(mounts=[MountDir("/data", data_dir)])
    code = """
import csv, os
from decimal import Decimal
with open('/data/expenses.csv', newline='') as f:
    rows = list(csv.DictReader(f))
(str(sum(Decimal(r['amount']) for r in rows)), sorted(os.listdir('/data')),
 open('/data/sub/notes.md').read(), open('/data/sub/notes.md', 'rb').read()[:9])
"""
    assert run(code, access) == (
        "52.50",
        ["expenses.csv", "sub"],
        "# notes\nline two\n",  # universal newlines, as CPython's text mode
        b"# notes\r\n",
    )
    for write in (
        "open('/data/new.txt', 'w')",
        "import os\nos.remove('/data/expenses.csv')",
        "import os\nos.mkdir('/data/d')",
    ):
        err = error_of(write, access)
        assert err.type_name == "PermissionError", write
        assert "Read-only file system" in err.message
    assert sorted(p.name for p in data_dir.iterdir()) == ["expenses.csv", "sub"]


def test_overlay_writes_are_seen_by_the_run_only(data_dir: Path) -> None:
    access = OSAccess(mounts=[MountDir("/data", data_dir, mode="overlay")])
    code = """
from pathlib import Path
Path('/data/expenses.csv').write_text('changed')
Path('/data/sub/notes.md').unlink()
Path('/data/new').mkdir()
(Path('/data/expenses.csv').read_text(), sorted(p.name for p in Path('/data').iterdir()),
 Path('/data/sub/notes.md').exists())
"""
    assert run(code, access) == ("changed", ["expenses.csv", "new", "sub"], False)
    assert (data_dir / "expenses.csv").read_text().startswith("amount")
    assert (data_dir / "sub" / "notes.md").exists() and not (data_dir / "new").exists()


def test_read_write_mount_reaches_the_host(data_dir: Path) -> None:
    access = OSAccess(mounts=[MountDir("/out", data_dir, mode="read-write")])
    code = """
import os
from pathlib import Path
Path('/out/report.txt').write_text('total: 52.5\\n')
os.makedirs('/out/a/b', exist_ok=True)
os.rename('/out/report.txt', '/out/a/b/report.txt')
os.rmdir('/out/sub') if not os.listdir('/out/sub') else None
[str(p) for p in sorted(Path('/out').rglob('*.txt'))]
"""
    assert run(code, access) == ["/out/a/b/report.txt"]
    assert (data_dir / "a" / "b" / "report.txt").read_text() == "total: 52.5\n"


def test_paths_cannot_climb_out_of_a_mount(data_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "secret.txt").write_text("secret")
    (data_dir / "link").symlink_to(tmp_path / "secret.txt")
    access = OSAccess(mounts=[MountDir("/data", data_dir, mode="read-write")])
    for path in ("/data/../secret.txt", "/data/link", str(tmp_path / "secret.txt")):
        err = error_of(f"open({path!r}).read()", access)
        assert err.type_name in ("FileNotFoundError", "PermissionError"), path
        assert "secret" not in err.message.replace("secret.txt", "")


def test_reads_are_capped_and_counted(tmp_path: Path) -> None:
    access = OSAccess(files=[MemoryFile("/big", b"x" * 5000)], max_read_bytes=1000)
    err = error_of("open('/big', 'rb').read()", access)
    assert err.type_name == "OSError" and "at most 1000 bytes" in err.message
    (tmp_path / "big").write_bytes(b"x" * 3_000_000)
    limited = OSAccess(mounts=[MountDir("/", tmp_path)])
    with pytest.raises(MontyRuntimeError) as info:  # a read counts against the memory limit
        MontyRun("data = open('/big', 'rb').read()").run(
            os=limited, limits={"max_memory": 2_000_000}
        )
    assert info.value.type_name == "MemoryError" and info.value.limit


def test_file_objects_behave_like_cpythons() -> None:
    access = OSAccess(files=[MemoryFile("/a.txt", "l1\nl2\nl3")])
    code = """
f = open('/a.txt')
first = f.readline()
rest = [line for line in f]
f.seek(0)
again = f.read(2)
f.close()
try:
    f.read()
except ValueError as e:
    closed = str(e)
w = open('/b.txt', 'w')
try:
    w.read()
except Exception as e:
    not_readable = type(e).__name__
w.writelines(['x', 'y'])
w.close()
try:
    open('/b.txt', 'x')
except FileExistsError as e:
    exists = e.errno
(first, rest, again, closed, not_readable, open('/b.txt').read(), exists, repr(open('/a.txt')),
 f.name, f.mode, f.closed)
"""
    assert run(code, access) == (
        "l1\n",
        ["l2\n", "l3"],
        "l1",
        "I/O operation on closed file.",
        "UnsupportedOperation",
        "xy",
        17,
        "<_io.TextIOWrapper name='/a.txt' mode='r' encoding='UTF-8'>",
        "/a.txt",
        "r",
        True,
    )
    assert error_of("open('/a.txt', 'r+')", access).type_name == "ValueError"
    assert error_of("open(3)", access).type_name == "PermissionError"


def test_os_module_functions() -> None:
    access = OSAccess(files=[MemoryFile("/d/x.txt", "abc")], environ={"MODE": "test"})
    code = """
import os
os.environ['EXTRA'] = '1'
st = os.stat('/d/x.txt')
(os.getcwd(), os.listdir('/d'), st.st_size, os.path.getsize('/d/x.txt'),
 os.path.isfile('/d/x.txt'), os.path.isdir('/d'), os.path.abspath('d/../d/x.txt'),
 list(os.walk('/')), os.getenv('MODE'), sorted(os.environ), os.environ.get('NOPE', '-'))
"""
    assert run(code, access) == (
        "/",
        ["x.txt"],
        3,
        3,
        True,
        True,
        "/d/x.txt",
        [("/", ["d"], []), ("/d", [], ["x.txt"])],
        "test",
        ["EXTRA", "MODE"],
        "-",
    )


def test_environ_callback_is_asked_per_name() -> None:
    asked: list[str] = []

    def lookup(name: str) -> str | None:
        asked.append(name)
        return "v-" + name if name.startswith("APP_") else None

    assert run("import os\n(os.getenv('APP_X'), os.getenv('HOME'))", OSAccess(environ=lookup)) == (
        "v-APP_X",
        None,
    )
    assert asked == ["APP_X", "HOME"]


# -- clock, randomness, sleep -----------------------------------------------------------------


def test_frozen_clock_and_seeded_randomness() -> None:
    frozen = datetime(2024, 2, 29, 12, 0, tzinfo=UTC)
    access = OSAccess(clock=frozen, random_seed=7)
    code = """
import time, random, uuid
from datetime import datetime, timezone
(datetime.now(timezone.utc).isoformat(), time.time(), random.random(), str(uuid.uuid4()))
"""
    first = run(code, access)
    assert first[0] == "2024-02-29T12:00:00+00:00" and first[1] == frozen.timestamp()
    assert run(code, access) == first  # the same draws every run
    assert run(code, OSAccess(clock=lambda: 1_000_000.0))[1] == 1_000_000.0
    # seeding without a seed draws from the run's entropy too, not from the host's
    reseeded = "import random\nrandom.seed()\n(random.random(), random.Random().random())"
    assert run(reseeded, access) == run(reseeded, access)
    assert run(reseeded, None) != run(reseeded, None)


@pytest.mark.anyio
async def test_a_reseeded_generator_replays_after_a_session_load() -> None:
    session = MontySession()
    await session.run(
        "import random\nrandom.seed()\nr = random.Random()\nx = (random.random(), r.random())"
    )
    drawn = await session.run("x")
    loaded = MontySession.load(session.dump())
    assert await loaded.run("x") == drawn
    session.close()
    loaded.close()


def test_skipped_sleeps_move_the_clock_instead_of_waiting() -> None:
    access = OSAccess(clock=0.0, sleep="skip")
    code = """
import time, asyncio
t0 = time.time()
m0 = time.monotonic()
time.sleep(3600)
async def main():
    await asyncio.sleep(60)
asyncio.run(main())
(time.time() - t0, round(time.monotonic() - m0))
"""
    start = time.perf_counter()
    wall, monotonic = run(code, access)
    assert 3659 < wall <= 3660 and monotonic == 3660
    assert time.perf_counter() - start < 2


def test_capped_sleeps_wait_at_most_the_cap() -> None:
    start = time.perf_counter()
    elapsed = run(
        "import time\nt = time.time()\ntime.sleep(100)\ntime.time() - t",
        OSAccess(sleep=0.05),
    )
    assert elapsed >= 100 and time.perf_counter() - start < 2
    with pytest.raises(ValueError, match="sleep"):
        OSAccess(sleep=-1)


# -- custom handler, stepping, sessions ----------------------------------------------------------


def test_a_handler_answers_or_declines_each_call() -> None:
    seen: list[OSCall] = []

    def handler(call: OSCall) -> Any:
        seen.append(call)
        if call.operation == "read_bytes" and call.args[0] == "/virtual/hello":
            return b"hello from the handler"
        return NotImplemented

    access = OSAccess(files=[MemoryFile("/real.txt", "real")], handler=handler)
    assert run("(open('/virtual/hello').read(), open('/real.txt').read())", access) == (
        "hello from the handler",
        "real",
    )
    assert [c.operation for c in seen] == ["read_bytes", "read_bytes"]


@pytest.mark.anyio
async def test_an_async_handler_needs_run_async() -> None:
    async def handler(call: OSCall) -> Any:
        await asyncio.sleep(0)
        return "from-async" if call.operation == "getenv" else NotImplemented

    access = OSAccess(handler=handler)
    program = MontyRun("import os\nos.getenv('ANY')")
    assert await program.run_async(os=access) == "from-async"
    with pytest.raises(TypeError, match="OSAccess handler is async"):
        program.run(os=access)
    result = await ma.run("import os\nos.getenv('X')", os=access)
    assert result.output == "from-async" and result.tool_calls == []


def test_stepping_shows_os_calls_unless_given_os_access() -> None:
    program = MontyRun("open('/f.txt').read().upper()")
    progress = program.start()
    assert isinstance(progress, FunctionCall)
    assert (progress.function_name, progress.args) == ("os.read_bytes", ("/f.txt",))
    done = progress.resume(return_value=b"stepped")
    assert isinstance(done, ma.Complete) and done.output == "STEPPED"
    answered = program.start(os=OSAccess(files=[MemoryFile("/f.txt", "inline")]))
    assert isinstance(answered, ma.Complete) and answered.output == "INLINE"


@pytest.mark.anyio
async def test_sessions_keep_one_file_system_across_snippets() -> None:
    access = OSAccess(files=[MemoryFile("/in.txt", "3")])
    async with MontySession(os=access) as session:
        await session.run("from pathlib import Path\nn = int(Path('/in.txt').read_text())")
        await session.run("Path('/out.txt').write_text(str(n * 2))")
        assert await session.run("Path('/out.txt').read_text()") == "6"
    sandbox = Sandbox(os=access)
    async with sandbox.session() as s:
        await s.run("open('/o', 'w').write('kept')")
        assert (await s.run("open('/o').read()")).output == "kept"
    assert (await sandbox.run("import os\nos.path.exists('/o')")).output is False


@pytest.mark.anyio
async def test_a_session_snapshot_keeps_the_files_the_session_wrote(tmp_path: Path) -> None:
    access = OSAccess(files=[MemoryFile("/in.txt", "3")], sleep="skip", clock=0.0)
    session = MontySession(os=access)
    await session.run("import time\nfrom pathlib import Path\nPath('/notes.txt').write_text('a')")
    await session.run("time.sleep(60)\nPath('/in.txt').unlink()\nPath('/d').mkdir()")
    data = session.dump()
    session.close()
    started = time.monotonic()
    with pytest.raises(ma.MontyError, match="pass os=OSAccess"):
        MontySession.load(data)  # refused before replaying (its 60 s sleep is not skipped)
    assert time.monotonic() - started < 10
    loaded = MontySession.load(data, os=access)
    code = "(Path('/notes.txt').read_text(), Path('/in.txt').exists(), Path('/d').is_dir(), time.time())"
    assert await loaded.run(code) == ("a", False, True, 60.0)
    loaded.close()
    sandbox = Sandbox(os=access)
    async with sandbox.session() as s:
        await s.run("open('/kept', 'w').write('yes')")
        blob = s.dump()
    async with sandbox.load_session(blob) as again:
        assert (await again.run("open('/kept').read()")).output == "yes"


@pytest.mark.anyio
async def test_os_access_in_a_worker_process(data_dir: Path) -> None:
    access = OSAccess(
        files=[MemoryFile("/in.txt", "2")], mounts=[MountDir("/data", data_dir)], environ={"A": "1"}
    )
    sandbox = Sandbox(os=access, isolation="process")
    code = """
import os
from pathlib import Path
Path('/out.txt').write_text(Path('/in.txt').read_text() * 2)
(Path('/out.txt').read_text(), sorted(os.listdir('/data')), os.getenv('A'))
"""
    assert (await sandbox.run(code)).output == ("22", ["expenses.csv", "sub"], "1")
    async with sandbox.session() as s:
        await s.run("open('/kept', 'w').write('yes')")
        assert (await s.run("open('/kept').read()")).output == "yes"


_POLICY_CODE = """
import asyncio, random, time, uuid
from datetime import datetime
t0 = time.time()
time.sleep(30)
await asyncio.sleep(60)
(t0, time.time() - t0, datetime.now().year, random.random(), str(uuid.uuid4()))
"""


@pytest.mark.anyio
@pytest.mark.parametrize("isolation", ["in-process", "process"])
async def test_clock_randomness_and_sleep_policies_in_both_isolation_modes(
    isolation: ma.Isolation,
) -> None:
    """A frozen clock, a random seed and skipped sleeps give the same run in a worker
    process as in-process (the policy is plain data the worker applies)."""
    access = OSAccess(clock=datetime(2030, 1, 1, tzinfo=UTC), random_seed=7, sleep="skip")
    start = time.monotonic()
    first = (await Sandbox(os=access, isolation=isolation).run(_POLICY_CODE)).output
    again = (await Sandbox(os=access, isolation="in-process").run(_POLICY_CODE)).output
    assert time.monotonic() - start < 5  # 90 s of sleeps were skipped
    # (the skipped part of an asyncio sleep is what was left of it by the monotonic clock,
    # which runs on; the frozen wall clock only moves by what was skipped)
    assert first[1] == pytest.approx(90.0, abs=1.0)
    assert first[:1] + first[2:] == again[:1] + again[2:]
    assert first[0] == datetime(2030, 1, 1, tzinfo=UTC).timestamp() and first[2] == 2030
    # a capped sleep waits at most the cap; a clock callback is asked on the host
    ticks = iter([100.0, 200.0])
    capped = OSAccess(clock=lambda: next(ticks), sleep=0.01)
    code = "import time\na = time.time()\ntime.sleep(5)\n(a, time.time())"
    assert (await Sandbox(os=capped, isolation=isolation).run(code)).output == (100.0, 204.99)


@pytest.mark.anyio
@pytest.mark.parametrize("isolation", ["in-process", "process"])
async def test_skipped_time_carries_across_snippets_and_snapshots_in_both_modes(
    isolation: ma.Isolation,
) -> None:
    access = OSAccess(clock=1000.0, sleep="skip", random_seed=3)
    session = MontySession(os=access, isolation=isolation)
    await session.run("import time, random\ntime.sleep(10)\nr = random.random()")
    assert await session.run("time.sleep(5)\ntime.time()") == 1015.0
    drawn = await session.run("r")
    data = session.dump()
    session.close()
    for mode in ("in-process", "process"):
        loaded = MontySession.load(data, os=access, isolation=mode)
        assert await loaded.run("time.sleep(1)\n(time.time(), r)") == (1016.0, drawn)
        assert loaded.dump() != data  # the new snippet is recorded
        loaded.close()
