"""Run the attack snippets in `tests/security/attacks/<category>/` and judge their outcome.

Each attack is a sandbox program whose first line is `# attack: <what it tries>`. Further
leading comment lines are optional headers:

    # limits: max_duration=1 max_memory=200000000   (max_memory=none: no memory limit)
    # expect: TypeName        the run must end in a MontyRuntimeError of this type (for the
                              limit types TimeoutError, MemoryError, RecursionError and
                              OutputLimitError, a tripped limit: `.limit` is True)
    # runs: 2                 run the attack twice in one process; both outcomes must match
                              (the default for the `modules` category)
    # isolation: child        run in a child process even in an in-process category (for
                              attacks that would corrupt the test process if they worked)
    # known-hole: <reason>    the attack currently succeeds: the test is a strict xfail
    # tools: yes              run with `monty_agent.run(..., tools=attack_tools.TOOLS)` under
                              anyio (asyncio) instead of `MontyRun.run()`: typed tools that
                              can hand out the secret through what the sandbox must not reach
    # os: yes                 run with OS access (`os=`, see `os_access`): a read-write mount
                              at /mnt of a directory beside the canary file, holding symlinks
                              to the canary and to its directory; a memory file; an environment

An attack passes when:

* the run raises `MontySyntaxError` or `MontyRuntimeError`, or returns plain data;
* no secret (the `MONTY_CANARY_SECRET` environment variable, the content of the file at
  the input `canary_path`) appears in what the program printed, in the returned value, or in
  the error's message and traceback;
* the returned value holds no host module, frame, code object, cell, traceback or
  globals/builtins dict (results describe unknown objects as `MontyObject('<module object>')`);
* the host's own stdout and stderr stay empty (the sandbox prints through `print_callback`),
  and no exception escapes a finalizer (`sys.unraisablehook`) during or after the run;
* no file exists at the input `canary_write_path` afterwards;
* the run, including collecting its garbage afterwards, ended within `max_duration + 0.5` s;
* `# expect:` holds, when given; and for `runs: 2`, the second run saw what the first saw.

`exhaustion` and `host_crash` attacks (and any attack with `# isolation: child`) run in a child
process (this file, run as a script) under an address-space ceiling of `max_memory + 1.5 GiB`
(`max_memory` defaults to 300 MB there); the child must exit normally (a signal is a host
crash), and its peak resident memory may grow by at most `max_memory + 100 MB` during the
run. The other categories run in this process, under a watchdog timer.
"""

from __future__ import annotations

import contextlib
import faulthandler
import gc
import io
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from monty_agent import (
    MemoryFile,
    MontyError,
    MontyObject,
    MontyRun,
    MontyRuntimeError,
    MontySyntaxError,
    MountDir,
    OSAccess,
    ResourceLimits,
)

ATTACKS_DIR = Path(__file__).parent / "attacks"
CATEGORIES = ("introspection", "formatting", "modules", "control", "exhaustion", "host_crash")
CHILD_CATEGORIES = frozenset({"exhaustion", "host_crash"})
INPUTS = ("canary_path", "canary_write_path")
ENV_VAR = "MONTY_CANARY_SECRET"
LIMIT_TYPES = frozenset({"TimeoutError", "MemoryError", "RecursionError", "OutputLimitError"})

#: extra wall-clock time a run may take past its `max_duration`
TIME_GRACE_SECS = 0.5
#: extra resident memory a child may grow by past its `max_memory`
RSS_GRACE_BYTES = 100 * 1000 * 1000
#: address space a child may use past its `max_memory`
AS_HEADROOM_BYTES = 3 * 1024**3 // 2
#: how long past `max_duration` a child may live before it is killed as hung
CHILD_TIMEOUT_GRACE_SECS = 10.0
#: children running at once (each mostly burns one core)
CHILD_WORKERS = 2

_HEADER_KEYS = ("limits", "expect", "runs", "isolation", "known-hole", "tools", "os")


class AttackFileError(Exception):
    """An attack file is malformed (as opposed to the sandbox failing it)."""


# --------------------------------------------------------------------------------------------
# Attack files
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Attack:
    """One attack snippet and its headers."""

    path: Path
    category: str
    description: str
    max_duration: float
    max_memory: int | None
    expect: str | None = None
    runs: int = 1
    child: bool = False
    known_hole: str | None = None
    tools: bool = False
    os: bool = False

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def source(self) -> str:
        return self.path.read_text(encoding="utf-8")


def _default_limits(category: str) -> tuple[float, int | None]:
    if category in CHILD_CATEGORIES:
        return 2.0, 300_000_000
    return 5.0, None


def parse_attack(path: Path) -> Attack:
    """Read an attack file's headers (see the module docstring)."""
    category = path.parent.name
    if category not in CATEGORIES:
        raise AttackFileError(f"{path}: unknown category {category!r}")
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or not lines[0].startswith("# attack:") or not lines[0][9:].strip():
        raise AttackFileError(f"{path}: the first line must be '# attack: <what it tries>'")
    description = lines[0][9:].strip()
    max_duration, max_memory = _default_limits(category)
    values: dict[str, str] = {}
    for line in lines[1:]:
        if not line.startswith("#"):
            break
        key, sep, value = line[1:].strip().partition(":")
        if not sep or key not in _HEADER_KEYS:
            break
        values[key] = value.strip()
    for option in values.get("limits", "").split():
        key, _, value = option.partition("=")
        if key == "max_duration":
            max_duration = float(value)
        elif key == "max_memory":
            max_memory = None if value.lower() == "none" else int(value)
        else:
            raise AttackFileError(f"{path}: unknown limit {key!r}")
    runs = int(values.get("runs", "2" if category == "modules" else "1"))
    if runs not in (1, 2):
        raise AttackFileError(f"{path}: runs must be 1 or 2")
    isolation = values.get("isolation", "child" if category in CHILD_CATEGORIES else "")
    if isolation not in ("", "child"):
        raise AttackFileError(f"{path}: isolation must be 'child'")
    tools = values.get("tools", "no")
    if tools not in ("yes", "no"):
        raise AttackFileError(f"{path}: tools must be 'yes' or 'no'")
    os_access = values.get("os", "no")
    if os_access not in ("yes", "no"):
        raise AttackFileError(f"{path}: os must be 'yes' or 'no'")
    return Attack(
        tools=tools == "yes",
        os=os_access == "yes",
        path=path,
        category=category,
        description=description,
        max_duration=max_duration,
        max_memory=max_memory,
        expect=values.get("expect") or None,
        runs=runs,
        child=isolation == "child",
        known_hole=values.get("known-hole") or None,
    )


def attacks(category: str) -> list[Attack]:
    """Every attack of `category`, sorted by file name."""
    return [parse_attack(p) for p in sorted((ATTACKS_DIR / category).glob("*.py"))]


def params(category: str) -> list[Any]:
    """pytest parameters for `category`: ids are the file names; known holes are strict xfails."""
    import pytest

    out: list[Any] = []
    for attack in attacks(category):
        marks = (
            [pytest.mark.xfail(strict=True, reason=f"hole: {attack.known_hole}")]
            if attack.known_hole
            else []
        )
        out.append(pytest.param(attack, id=attack.name, marks=marks))
    return out


# --------------------------------------------------------------------------------------------
# Canaries
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Canary:
    """The secrets an attack tries to steal and the file it tries to create."""

    env_secret: str
    file_secret: str
    canary_path: str
    write_path: str

    @classmethod
    def create(cls, directory: Path) -> Canary:
        directory.mkdir(parents=True, exist_ok=True)
        canary = cls(
            env_secret=f"envsecret{secrets.token_hex(16)}",
            file_secret=f"filesecret{secrets.token_hex(16)}",
            canary_path=str(directory / f"canary-{secrets.token_hex(4)}.txt"),
            write_path=str(directory / f"written-{secrets.token_hex(4)}.txt"),
        )
        Path(canary.canary_path).write_text(canary.file_secret, encoding="utf-8")
        assert not Path(canary.write_path).exists()
        return canary

    @property
    def secrets(self) -> tuple[str, str]:
        return (self.env_secret, self.file_secret)

    def inputs(self) -> dict[str, str]:
        return {"canary_path": self.canary_path, "canary_write_path": self.write_path}

    def leaks(self, where: str, text: str) -> list[str]:
        return [f"a secret appears in {where}" for s in self.secrets if s in text]


# --------------------------------------------------------------------------------------------
# Outcomes
# --------------------------------------------------------------------------------------------


@dataclass
class Outcome:
    """What one run of an attack did, as plain data (it crosses the child's pipe as JSON)."""

    #: 'syntax_error', 'runtime_error', 'result' or 'internal_error' (a non-Monty exception)
    kind: str
    type_name: str = ""
    message: str = ""
    limit: bool = False
    #: the error's full display (traceback with its cause chain), or the result's repr
    text: str = ""
    stdout: str = ""
    plain: bool = True
    elapsed: float = 0.0
    rss_growth: int | None = None
    wrote_file: bool = False
    leaks: list[str] = field(default_factory=list[str])

    def signature(self) -> tuple[Any, ...]:
        """What a repeated run must reproduce."""
        return (self.kind, self.type_name, self.message, self.stdout, self.text)

    def summary(self) -> str:
        if self.kind == "result":
            return f"returned {_clip(self.text)}"
        return f"{self.kind} {self.type_name}: {_clip(self.message)}"


def _clip(text: str, size: int = 300) -> str:
    return text if len(text) <= size else text[:size] + f"... ({len(text)} chars)"


_PLAIN_ATOMS = (type(None), bool, int, float, complex, str, bytes, range)
_PLAIN_CONTAINERS = (list, tuple, dict, set, frozenset)
#: how results describe host objects that only an escape can reach (`MontyObject` type names)
_INTERNAL_OBJECTS = frozenset(
    f"<{name} object>" for name in ("module", "frame", "code", "cell", "traceback", "Runtime")
)


def _walk_result(value: Any) -> tuple[bool, list[str], list[str]]:
    """(is plain data, the strings inside it, the host internals it describes), without
    recursion: results may nest deeply."""
    strings: list[str] = []
    internal: list[str] = []
    plain = True
    seen: set[int] = set()
    stack = [value]
    while stack:
        item = stack.pop()
        tp = type(item)
        if tp is str:
            strings.append(item)
        elif tp is bytes:
            strings.append(item.decode("latin-1"))
        elif tp in _PLAIN_ATOMS or id(item) in seen:
            continue
        elif tp in _PLAIN_CONTAINERS:
            seen.add(id(item))
            if tp is dict and ("__builtins__" in item or "__import__" in item):
                internal.append("a globals or builtins dict")
            stack.extend(item.items() if tp is dict else item)
        elif tp is MontyObject:
            seen.add(id(item))
            strings.append(item.type_name)
            if item.type_name in _INTERNAL_OBJECTS:
                internal.append(item.type_name)
            attributes = item.attributes
            stack.extend(attributes.keys())
            stack.extend(attributes.values())
        else:
            plain = False
            strings.append(f"<{tp.__qualname__}>")
    return plain, strings, internal


def _result_text(value: Any) -> str:
    try:
        return repr(value)
    except BaseException as exc:  # a result nested too deeply to repr: describe it
        return f"<unrepresentable {type(value).__name__}: {type(exc).__name__}>"


def _describe_unraisable(u: Any) -> str:
    where = "" if u.object is None else f" in {type(u.object).__name__}"
    return f"{type(u.exc_value).__name__}: {_clip(str(u.exc_value), 150)}{where}"


def _run_once(attack: Attack, canary: Canary, source: str) -> Outcome:
    """Compile and run `source` once in this process (the caller sets the environment up)."""
    printed: list[str] = []
    unraisable: list[str] = []
    limits = ResourceLimits(max_duration_secs=attack.max_duration, max_memory=attack.max_memory)
    previous_hook = sys.unraisablehook
    sys.unraisablehook = lambda u: unraisable.append(_describe_unraisable(u))
    # The test process's own objects (pytest's, coverage's, hypothesis's) are frozen for the
    # run, so the collection on the clock below walks what the run left, not their heap.
    gc.freeze()
    start = time.perf_counter()
    try:
        if attack.tools:
            value = _run_with_tools(source, canary, limits, printed)
        else:
            program = MontyRun(source, inputs=INPUTS, script_name="main.py")
            value = program.run(
                inputs=canary.inputs(),
                limits=limits,
                print_callback=lambda stream, text: printed.append(text),
                os=os_access(canary) if attack.os else None,
            )
    except MontySyntaxError as err:
        outcome = Outcome(
            kind="syntax_error", type_name=err.kind, message=err.message, text=err.display()
        )
    except MontyRuntimeError as err:
        outcome = Outcome(
            kind="runtime_error",
            type_name=err.type_name,
            message=err.message,
            limit=err.limit,
            text=err.display("traceback"),
        )
    except MontyError as err:
        outcome = Outcome(kind="internal_error", type_name=type(err).__name__, message=str(err))
    except BaseException as err:  # anything else escaping to the host is an internal error
        outcome = Outcome(kind="internal_error", type_name=type(err).__name__, message=str(err))
        if isinstance(err, _Watchdog):
            outcome.message = "the watchdog stopped a hung run"
    else:
        plain, strings, internal = _walk_result(value)
        outcome = Outcome(kind="result", text=_result_text(value), plain=plain)
        outcome.leaks += canary.leaks("the returned value", "\n".join(strings))
        outcome.leaks += [f"the run returned a host internal: {what}" for what in internal[:3]]
        del value
    gc.collect()  # finalizers of the run's garbage run now, on the clock
    outcome.elapsed = time.perf_counter() - start
    gc.unfreeze()
    sys.unraisablehook = previous_hook
    outcome.leaks += [
        f"an exception escaped a finalizer on the host (CPython reports it on stderr): {u}"
        for u in unraisable[:2]
    ]
    outcome.stdout = "".join(printed)
    outcome.leaks += canary.leaks("the printed output", outcome.stdout)
    outcome.leaks += canary.leaks("the error message or traceback", outcome.text + outcome.message)
    outcome.wrote_file = Path(canary.write_path).exists()
    return outcome


def os_access(canary: Canary) -> OSAccess:
    """The OS access of `# os: yes` attacks: a read-write mount at /mnt of a fresh directory
    beside the canary file, with symlinks pointing out of it (to the canary file and to the
    directory that holds it and the path the attack must not create)."""
    outside = Path(canary.canary_path).parent
    mounted = outside / f"mounted-{secrets.token_hex(4)}"
    mounted.mkdir()
    (mounted / "data.txt").write_text("public data\n", encoding="utf-8")
    (mounted / "link-to-canary").symlink_to(canary.canary_path)
    (mounted / "link-to-parent").symlink_to(outside, target_is_directory=True)
    return OSAccess(
        files=[MemoryFile("/etc/config.json", '{"public": true}')],
        environ={"PUBLIC": "visible"},
        mounts=[MountDir("/mnt", mounted, mode="read-write")],
    )


def _run_with_tools(source: str, canary: Canary, limits: ResourceLimits, printed: list[str]) -> Any:
    """Run `source` with the attack tools through the async API; return its output."""
    import anyio
    from attack_tools import TOOLS

    from monty_agent import Sandbox

    sandbox = Sandbox(tools=TOOLS, limits=limits)

    async def main() -> Any:
        result = await sandbox.run(
            source,
            inputs=canary.inputs(),
            print_callback=lambda stream, text: printed.append(text),
        )
        return result.output

    return anyio.run(main)


# --------------------------------------------------------------------------------------------
# In-process runs
# --------------------------------------------------------------------------------------------


class _Watchdog(BaseException):
    """Raised by the watchdog timer into a run (or a finalizer) that outlived its limit."""


@contextlib.contextmanager
def _watchdog(seconds: float) -> Iterator[list[bool]]:
    fired: list[bool] = []
    if threading.current_thread() is not threading.main_thread():
        yield fired
        return

    def on_alarm(signum: int, frame: Any) -> None:
        fired.append(True)
        raise _Watchdog

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds, 1.0)
    # Last resort for a hang that catches the watchdog's exception: end the test process.
    faulthandler.dump_traceback_later(seconds + 60, exit=True, file=sys.__stderr__)
    try:
        yield fired
    finally:
        faulthandler.cancel_dump_traceback_later()
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def _secret_environment(canary: Canary) -> Iterator[None]:
    old = os.environ.get(ENV_VAR)
    os.environ[ENV_VAR] = canary.env_secret
    try:
        yield
    finally:
        if old is None:
            os.environ.pop(ENV_VAR, None)
        else:
            os.environ[ENV_VAR] = old


def _host_output(canary: Canary, stdout: str, stderr: str) -> list[str]:
    """The sandbox prints only through `print_callback`: the host's own streams stay quiet."""
    problems = canary.leaks("the host's stdout", stdout) + canary.leaks("the host's stderr", stderr)
    for name, text in (("stdout", stdout), ("stderr", stderr)):
        if text.strip():
            problems.append(f"the run wrote to the host's {name}: {_clip(text.strip(), 300)!r}")
    return problems


def run_in_process(attack: Attack, canary: Canary) -> list[Outcome]:
    """Run `attack` (`attack.runs` times) in this process; host stdout/stderr are captured."""
    source = attack.source
    outcomes: list[Outcome] = []
    for _ in range(attack.runs):
        host_out, host_err = io.StringIO(), io.StringIO()
        with (
            _secret_environment(canary),
            contextlib.redirect_stdout(host_out),
            contextlib.redirect_stderr(host_err),
            _watchdog(attack.max_duration + CHILD_TIMEOUT_GRACE_SECS) as fired,
        ):
            outcome = _run_once(attack, canary, source)
        if fired:
            outcome.leaks.append("the watchdog fired: the run (or its finalizers) hung the host")
        outcome.leaks += _host_output(canary, host_out.getvalue(), host_err.getvalue())
        outcomes.append(outcome)
        if outcome.wrote_file:
            break
    return outcomes


# --------------------------------------------------------------------------------------------
# Child-process runs
# --------------------------------------------------------------------------------------------


@dataclass
class ChildResult:
    """How a child process running one attack ended."""

    returncode: int | None
    timed_out: bool
    outcomes: list[Outcome]
    stdout: str
    stderr: str
    wall: float


def _proc_status(field_name: str) -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith(field_name + ":"):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def _reset_peak_rss() -> bool:
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as f:
            f.write("5")
    except OSError:
        return False
    return True


def child_main(config_path: str) -> None:
    """The child: run one attack, write an `Outcome` as JSON to the report path."""
    config = json.loads(Path(config_path).read_text(encoding="utf-8"))
    attack = parse_attack(Path(config["attack"]))
    canary = Canary(**config["canary"])
    MontyRun("sum(x for x in range(10))").run()  # warm the interpreter's caches up
    if attack.tools:  # and the tools' (pydantic, anyio, the tool specs)
        _run_with_tools("await fetch_account(1)", canary, ResourceLimits(), [])
    gc.collect()
    _reset_peak_rss()
    baseline = _proc_status("VmRSS")
    outcomes: list[Outcome] = []
    for _ in range(attack.runs):
        outcomes.append(_run_once(attack, canary, attack.source))
        peak = _proc_status("VmHWM")
        if baseline is not None and peak is not None:
            outcomes[-1].rss_growth = peak - baseline
        if outcomes[-1].wrote_file:
            break
    report = [asdict(o) for o in outcomes]
    Path(config["report"]).write_text(json.dumps(report), encoding="utf-8")


def _address_space_limit(limit: int) -> Any:
    def apply() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    return apply


def run_in_child(attack: Attack, canary: Canary, workdir: Path) -> ChildResult:
    """Run `attack` in a child process with an address-space ceiling and a wall-clock timeout."""
    report = workdir / "report.json"
    config = workdir / "config.json"
    config.write_text(
        json.dumps({"attack": str(attack.path), "canary": asdict(canary), "report": str(report)}),
        encoding="utf-8",
    )
    env = dict(os.environ)
    env[ENV_VAR] = canary.env_secret
    memory = attack.max_memory if attack.max_memory is not None else 300_000_000
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "--child", str(config)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=str(workdir),
        preexec_fn=_address_space_limit(memory + AS_HEADROOM_BYTES),
    )
    timed_out = False
    try:
        out, err = proc.communicate(timeout=attack.max_duration + CHILD_TIMEOUT_GRACE_SECS)
    except subprocess.TimeoutExpired:
        timed_out = True
        proc.kill()
        out, err = proc.communicate()
    wall = time.perf_counter() - start
    outcomes: list[Outcome] = []
    if report.exists():
        outcomes = [Outcome(**o) for o in json.loads(report.read_text(encoding="utf-8"))]
    stdout = out.decode("utf-8", "replace")
    stderr = err.decode("utf-8", "replace")
    return ChildResult(proc.returncode, timed_out, outcomes, stdout, stderr, wall)


class _ChildPool:
    """Runs the selected child-process attacks in the background, a few at a time."""

    def __init__(self) -> None:
        self.executor: ThreadPoolExecutor | None = None
        self.futures: dict[Path, Future[tuple[ChildResult, Canary]]] = {}
        self.lock = threading.Lock()
        self.prefetched = False

    def _job(self, attack: Attack) -> tuple[ChildResult, Canary]:
        workdir = Path(tempfile.mkdtemp(prefix=f"monty-attack-{attack.path.stem}-"))
        try:
            canary = Canary.create(workdir / "canary")
            return run_in_child(attack, canary, workdir), canary
        finally:
            shutil.rmtree(workdir, ignore_errors=True)

    def submit(self, attacks_: Iterable[Attack]) -> None:
        with self.lock:
            if self.executor is None:
                self.executor = ThreadPoolExecutor(CHILD_WORKERS, thread_name_prefix="attack")
            for attack in attacks_:
                if attack.path not in self.futures:
                    self.futures[attack.path] = self.executor.submit(self._job, attack)

    def result(self, attack: Attack) -> tuple[ChildResult, Canary]:
        self.submit([attack])
        with self.lock:
            future = self.futures.pop(attack.path)
        return future.result()


_POOL = _ChildPool()


def prefetch(items: Iterable[Any]) -> None:
    """Start the child-process attacks among the selected pytest `items` in the background."""
    if _POOL.prefetched:
        return
    _POOL.prefetched = True
    selected: list[Attack] = []
    for item in items:
        callspec = getattr(item, "callspec", None)
        attack = callspec.params.get("attack") if callspec is not None else None
        if isinstance(attack, Attack) and attack.child:
            selected.append(attack)
    if selected:
        _POOL.submit(selected)


# --------------------------------------------------------------------------------------------
# Verdicts
# --------------------------------------------------------------------------------------------


def _judge(attack: Attack, outcome: Outcome, canary: Canary) -> list[str]:
    problems = list(outcome.leaks)
    if outcome.kind == "internal_error":
        problems.append(
            f"internal error leak: {outcome.type_name} escaped to the host: "
            f"{_clip(outcome.message)}"
        )
    if outcome.kind == "result" and not outcome.plain:
        problems.append(f"the run returned a live object, not plain data: {_clip(outcome.text)}")
    if outcome.wrote_file or Path(canary.write_path).exists():
        problems.append(f"the attack created {canary.write_path}")
    if attack.expect is not None:
        wanted_limit = attack.expect in LIMIT_TYPES
        if (
            outcome.kind != "runtime_error"
            or outcome.type_name != attack.expect
            or (wanted_limit and not outcome.limit)
        ):
            what = "a tripped limit " if wanted_limit else ""
            problems.append(f"expected {what}{attack.expect}, got {outcome.summary()}")
    allowed = attack.max_duration + TIME_GRACE_SECS
    if outcome.elapsed > allowed:
        problems.append(
            f"the run took {outcome.elapsed:.2f}s, past max_duration={attack.max_duration:g}s "
            f"(+{TIME_GRACE_SECS}s): it escaped the time limit"
        )
    return problems


def _judge_runs(attack: Attack, outcomes: list[Outcome], canary: Canary) -> list[str]:
    problems: list[str] = []
    for i, outcome in enumerate(outcomes):
        prefix = f"run {i + 1}: " if len(outcomes) > 1 else ""
        problems += [prefix + p for p in _judge(attack, outcome, canary)]
    if len(outcomes) == 2 and outcomes[0].signature() != outcomes[1].signature():
        problems.append(
            "the second run saw state left by the first: "
            f"first {outcomes[0].summary()} / printed {_clip(outcomes[0].stdout, 200)!r}; "
            f"second {outcomes[1].summary()} / printed {_clip(outcomes[1].stdout, 200)!r}"
        )
    return problems


def check(attack: Attack, canary: Canary, outcomes: list[Outcome]) -> None:
    """Assert that the in-process runs of `attack` were contained."""
    _report(attack, outcomes[-1], _judge_runs(attack, outcomes, canary))


def check_child(attack: Attack, canary: Canary, child: ChildResult) -> None:
    """Assert that the child-process run of `attack` was contained."""
    problems: list[str] = []
    problems += canary.leaks("the child's stderr", child.stderr)
    problems += _host_output(canary, child.stdout, child.stderr if child.returncode == 0 else "")
    if child.timed_out:
        problems.append(
            f"host hang: the child was killed after {child.wall:.1f}s "
            f"(max_duration={attack.max_duration:g}s)"
        )
    elif child.returncode is not None and child.returncode < 0:
        try:
            name = signal.Signals(-child.returncode).name
        except ValueError:
            name = str(-child.returncode)
        problems.append(f"host crash: the child died of signal {name}")
    elif child.returncode != 0:
        problems.append(
            f"host crash: the child exited with status {child.returncode}: "
            f"{_clip(child.stderr.strip()[-600:], 600)}"
        )
    if not child.outcomes:
        if not problems:
            problems.append("the child wrote no report")
        _report(attack, None, problems)
        return
    problems += _judge_runs(attack, child.outcomes, canary)
    memory = attack.max_memory if attack.max_memory is not None else 300_000_000
    growth = max(o.rss_growth or 0 for o in child.outcomes)
    if growth > memory + RSS_GRACE_BYTES:
        problems.append(
            f"peak RSS grew by {growth / 1e6:.0f} MB during the run, past "
            f"max_memory={memory / 1e6:.0f} MB (+{RSS_GRACE_BYTES / 1e6:.0f} MB)"
        )
    _report(attack, child.outcomes[-1], problems)


def _report(attack: Attack, outcome: Outcome | None, problems: list[str]) -> None:
    problems = list(dict.fromkeys(problems))
    if problems:
        seen = outcome.summary() if outcome is not None else "no outcome"
        lines = [f"{attack.category}/{attack.name}: {attack.description}", f"outcome: {seen}"]
        lines += [f"- {p}" for p in problems]
        raise AssertionError("\n".join(lines))


def run_and_check(attack: Attack, tmp_path: Path) -> None:
    """The body of every security test: run `attack` where its category says, then judge."""
    if attack.child:
        child, canary = _POOL.result(attack)
        check_child(attack, canary, child)
    else:
        canary = Canary.create(tmp_path)
        check(attack, canary, run_in_process(attack, canary))


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        child_main(sys.argv[2])
    else:
        sys.exit("usage: runner.py --child CONFIG (run by the security tests)")
