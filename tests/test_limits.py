"""Resource limits: time, memory, recursion depth and output, and custom `ResourceTracker`s.

Every limit ends the run with a `MontyRuntimeError` (`limit=True`) that sandbox code cannot
catch. The memory cases run under a temporary address-space ceiling, so a guard that fails
to refuse an allocation fails its test instead of exhausting the machine.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator

import pytest
from monty_interpreter import LimitExceeded
from monty_interpreter.execute import tracker as tracker_module

from monty_agent import (
    LimitTracker,
    MontyRun,
    MontyRuntimeError,
    ResourceLimits,
    ResourceTracker,
)

try:
    import resource
except ImportError:  # pragma: no cover - non-POSIX
    resource = None  # type: ignore[assignment]


def limit_error(
    code: str, limits: ResourceLimits | ResourceTracker, **kwargs: object
) -> MontyRuntimeError:
    with pytest.raises(MontyRuntimeError) as info:
        MontyRun(code).run(limits=limits, **kwargs)  # type: ignore[arg-type]
    err = info.value
    assert err.limit is True, f"expected a tripped limit, got {err.display()}"
    return err


# ---------------------------------------------------------------------------------------------
# ResourceLimits
# ---------------------------------------------------------------------------------------------


def test_resource_limit_defaults() -> None:
    limits = ResourceLimits()
    assert limits.max_duration_secs is None
    assert limits.max_memory is None
    assert limits.max_recursion_depth == 1000
    assert limits.max_output_bytes == 10 * 1024 * 1024


def test_resource_limits_are_frozen_and_keyword_only() -> None:
    limits = ResourceLimits(max_duration_secs=1.5)
    with pytest.raises(AttributeError):
        limits.max_duration_secs = 3  # type: ignore[misc]
    with pytest.raises(TypeError):
        ResourceLimits(1.0)  # type: ignore[misc]


def test_resource_limits_build_a_fresh_limit_tracker() -> None:
    limits = ResourceLimits(
        max_duration_secs=2.0, max_memory=1 << 20, max_recursion_depth=50, max_output_bytes=10
    )
    tracker = limits.tracker()
    assert isinstance(tracker, LimitTracker)
    assert isinstance(tracker, ResourceTracker)
    assert tracker.max_duration_secs == 2.0
    assert tracker.max_memory == 1 << 20
    assert tracker.max_recursion_depth == 50
    assert tracker.max_output_bytes == 10
    assert limits.tracker() is not tracker


def test_default_limits_allow_ordinary_programs() -> None:
    code = "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n[fib(15), len('x' * 10000)]"
    assert MontyRun(code).run() == [610, 10000]


# ---------------------------------------------------------------------------------------------
# Time
# ---------------------------------------------------------------------------------------------

MAX_DURATION = 0.2
TIMEOUT_PROGRAMS = {
    "while_true": "while True:\n    pass",
    "for_over_endless_iterator": "for _ in iter(int, 1):\n    pass",
    "exponential_calls": ("def f(n):\n    return 1 if n == 0 else f(n - 1) + f(n - 1)\nf(60)"),
    "comprehension": "[x for x in iter(int, 1)]",
    "lambda_recursion_free": "g = lambda n: n if n == 0 else g(n - 1) + g(n - 1)\ng(60)",
    "swallowed_by_except_base_exception": (
        "while True:\n"
        "    try:\n"
        "        while True:\n"
        "            pass\n"
        "    except BaseException:\n"
        "        pass"
    ),
    "bare_except_in_function": (
        "def run():\n"
        "    try:\n"
        "        while True:\n"
        "            pass\n"
        "    except:\n"
        "        return 'escaped'\n"
        "run()"
    ),
    "finally_with_return": (
        "def g():\n"
        "    try:\n"
        "        while True:\n"
        "            pass\n"
        "    finally:\n"
        "        return 'escaped'\n"
        "while True:\n"
        "    g()"
    ),
    "finally_with_break": (
        "while True:\n"
        "    try:\n"
        "        while True:\n"
        "            pass\n"
        "    finally:\n"
        "        break\n"
        "'escaped'"
    ),
    "with_exit_returning_true": (
        "class Swallow:\n"
        "    def __enter__(self):\n"
        "        return self\n"
        "    def __exit__(self, *exc):\n"
        "        return True\n"
        "with Swallow():\n"
        "    while True:\n"
        "        pass\n"
        "'escaped'"
    ),
    "with_exit_returning_true_in_loop": (
        "class Swallow:\n"
        "    def __enter__(self):\n"
        "        return self\n"
        "    def __exit__(self, *exc):\n"
        "        return True\n"
        "while True:\n"
        "    with Swallow():\n"
        "        while True:\n"
        "            pass"
    ),
    "generator_expression_consumed_in_c": "sum(x for x in iter(int, 1))",
    "sorted_endless": "sorted(iter(int, 1))",
    "max_endless": "max(iter(int, 1))",
    "join_endless": "''.join(str(i) for i in iter(int, 1))",
    "itertools_count_to_list": "import itertools\nlist(itertools.count())",
    "any_endless": "any(x > 1 for x in iter(int, 1))",
    "in_endless_generator": "def gen():\n    while True:\n        yield 0\n1 in gen()",
    "list_extended_by_endless_generator": (
        "def gen():\n    while True:\n        yield 1\nitems = []\nitems += gen()"
    ),
    "bytearray_extended_by_endless_generator": (
        "def gen():\n    while True:\n        yield 1\nbuf = bytearray()\nbuf += gen()"
    ),
    "dict_updated_by_endless_generator": (
        "def gen():\n    while True:\n        yield (1, 1)\nd = {}\nd |= gen()"
    ),
    "membership_in_huge_range": "None in range(10**12)",
    "list_from_endless_generator": "def gen():\n    while True:\n        yield 1\nlist(gen())",
    "exception_in_handler_loop": (
        "def spin():\n"
        "    while True:\n"
        "        try:\n"
        "            raise ValueError\n"
        "        except ValueError:\n"
        "            pass\n"
        "spin()"
    ),
}


@pytest.mark.parametrize("code", list(TIMEOUT_PROGRAMS.values()), ids=list(TIMEOUT_PROGRAMS))
def test_time_limit(code: str) -> None:
    limits = ResourceLimits(max_duration_secs=MAX_DURATION)
    start = time.perf_counter()
    err = limit_error(code, limits)
    elapsed = time.perf_counter() - start
    assert err.type_name == "TimeoutError"
    assert err.message == f"execution exceeded the time limit of {MAX_DURATION:g} seconds"
    assert elapsed < MAX_DURATION + 0.5


def test_timeout_traceback_points_at_the_loop() -> None:
    err = limit_error(
        "x = 0\nwhile True:\n    x += 1", ResourceLimits(max_duration_secs=MAX_DURATION)
    )
    assert err.frames
    assert err.frames[-1].lineno in (2, 3)
    assert err.display().endswith(
        f"TimeoutError: execution exceeded the time limit of {MAX_DURATION:g} seconds"
    )


AFTER_TRIP = {
    "print": "print('cleanup')",
    "raise_other_exception": "raise ValueError('masks the limit?')",
    "allocate": "x = 'a' * n",
    "loop": "for i in range(10):\n        pass",
    "return_in_function": None,
}


@pytest.mark.parametrize("finally_body", list(AFTER_TRIP.values()), ids=list(AFTER_TRIP))
def test_nothing_happens_after_a_limit_trips(finally_body: str | None) -> None:
    """`finally` blocks still run while the limit propagates, but cannot undo or mask it."""
    if finally_body is None:
        code = (
            "def f():\n"
            "    try:\n"
            "        while True:\n"
            "            pass\n"
            "    finally:\n"
            "        return 'escaped'\n"
            "f()"
        )
    else:
        code = f"n = 100_000\ntry:\n    while True:\n        pass\nfinally:\n    {finally_body}"
    printed: list[str] = []
    err = limit_error(
        code,
        ResourceLimits(max_duration_secs=MAX_DURATION),
        print_callback=lambda _s, t: printed.append(t),
    )
    assert err.type_name == "TimeoutError"
    assert printed == []


def test_sandbox_raised_recursion_error_is_ordinary() -> None:
    code = "try:\n    raise RecursionError('mine')\nexcept RecursionError as e:\n    r = str(e)\nr"
    assert MontyRun(code).run() == "mine"
    with pytest.raises(MontyRuntimeError) as info:
        MontyRun("raise RecursionError('mine')").run()
    assert (info.value.type_name, info.value.message, info.value.limit) == (
        "RecursionError",
        "mine",
        False,
    )


def test_time_limit_is_not_hit_by_short_programs() -> None:
    limits = ResourceLimits(max_duration_secs=5)
    assert MontyRun("sum(range(10000))").run(limits=limits) == 49995000


# ---------------------------------------------------------------------------------------------
# Memory
# ---------------------------------------------------------------------------------------------


def _vm_size() -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except OSError:  # pragma: no cover - non-Linux
        return None
    return None  # pragma: no cover


@contextlib.contextmanager
def address_space_ceiling(headroom: int = 3 * 1024**3) -> Iterator[None]:
    """Cap the process's address space while a guard is tested, so a failed guard can't OOM."""
    current = _vm_size()
    if resource is None or current is None:  # pragma: no cover - non-Linux
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    ceiling = current + headroom
    if hard != resource.RLIM_INFINITY:  # pragma: no cover
        ceiling = min(ceiling, hard)
    resource.setrlimit(resource.RLIMIT_AS, (ceiling, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


MEMORY_PROGRAMS = {
    "str_repeat": "'a' * 10**10",
    "list_repeat": "[0] * 10**9",
    "int_pow": "2 ** 10**10",
    "int_shift": "1 << 10**10",
    "ljust": "'x'.ljust(10**10)",
    "join_large_separator": "('x' * 10**6).join([''] * 10**5)",
    "fstring_width": "f'{1:>{10**10}}'",
    "percent_star_width": "'%*d' % (10**10, 1)",
    "bytes_count": "bytes(10**10)",
    "bytearray_count": "bytearray(10**10)",
    "repeat_via_variable": "n = 10**10\n'a' * n",
    "inplace_repeat": "s = 'ab'\ns *= 10**10",
    "inplace_pow": "n = 3\nn **= 10**10",
    "inplace_shift": "n = 1\nn <<= 10**10",
    "center": "'ab'.center(10**10)",
    "zfill": "'1'.zfill(10**10)",
    "expandtabs": "'a\\tb'.expandtabs(10**10)",
    "replace": "('a' * 1000).replace('a', 'b' * 10**7)",
    "format_builtin": "format(1, '>10000000000')",
    "str_format": "'{:>10000000000}'.format(1)",
    "str_format_nested_spec": "'{:>{}}'.format(1, 10**10)",
    "bytes_percent": "b'%*d' % (10**10, 1)",
    "percent_literal_width": "'%10000000000d' % 1",
    "dunder_mul": "'a'.__mul__(10**10)",
    "dunder_rmul": "'a'.__rmul__(10**10)",
    "dunder_pow": "(2).__pow__(10**10)",
    "pow_builtin": "pow(2, 10**10)",
    "int_to_bytes": "(1).to_bytes(10**10, 'big')",
    "operator_mul": "import operator\noperator.mul('a', 10**10)",
    "big_int_product": "a = 1 << 20_000_000\nb = a * a\nb * b",
    "augmented_attribute_repeat": "class O:\n    pass\no = O()\no.s = 'ab'\no.s *= 10**10",
    "augmented_attribute_pow": "class O:\n    pass\no = O()\no.n = 3\no.n **= 10**10",
    "augmented_attribute_shift": "class O:\n    pass\no = O()\no.n = 1\no.n <<= 10**10",
    "augmented_attribute_percent": ("class O:\n    pass\no = O()\no.s = '%*d'\no.s %= (10**10, 1)"),
    "augmented_item_repeat": "d = {'k': 'ab'}\nd['k'] *= 10**10",
}


@pytest.mark.parametrize("code", list(MEMORY_PROGRAMS.values()), ids=list(MEMORY_PROGRAMS))
def test_memory_guard_without_memory_limit(code: str) -> None:
    """Hard ceilings apply even when no memory limit is set."""
    start = time.perf_counter()
    with address_space_ceiling():
        err = limit_error(code, ResourceLimits(max_duration_secs=10))
    assert err.type_name == "MemoryError"
    assert time.perf_counter() - start < 5


@pytest.mark.parametrize(
    "code",
    [
        "n = 200_000_000\nbytes(n)",
        "'x'.ljust(200_000_000)",
        "('x' * 100).join([''] * 2_000_000)",
        "' '.join([''] * 10**8)",
        "x = [0] * 1000\nwhile True:\n    x = x + x",
        "s = 'x' * 1000\nwhile True:\n    s += s",
    ],
)
def test_memory_limit_refuses_allocations_over_budget(code: str) -> None:
    with address_space_ceiling():
        err = limit_error(code, ResourceLimits(max_memory=50 * 1024 * 1024))
    assert err.type_name == "MemoryError"
    assert "memory limit of 52428800 bytes exceeded" in err.message


def test_memory_limit_allows_allocations_within_budget() -> None:
    limits = ResourceLimits(max_memory=50 * 1024 * 1024)
    assert MontyRun("len(bytes(10_000_000))").run(limits=limits) == 10_000_000
    assert MontyRun("len('x'.ljust(10_000_000))").run(limits=limits) == 10_000_000
    assert MontyRun("len('a' * 100_000)").run(limits=limits) == 100_000


def test_sequence_repeat_is_costed_by_its_real_size() -> None:
    # 30 MB of text, far below the 1 GiB hard ceiling
    assert MontyRun("len('a' * 30_000_000)").run() == 30_000_000
    # 2 MB of text under a 50 MB budget
    limits = ResourceLimits(max_memory=50 * 1024 * 1024)
    assert MontyRun("n = 2_000_000\nlen('a' * n)").run(limits=limits) == 2_000_000


def test_memory_limit_catches_gradual_growth() -> None:
    """Many small allocations: the resident-memory samples stop the run."""
    code = "chunks = []\nwhile True:\n    chunks.append([0] * 10_000)"
    with address_space_ceiling():
        err = limit_error(code, ResourceLimits(max_memory=64 * 1024 * 1024, max_duration_secs=20))
    assert err.type_name == "MemoryError"


def test_memory_error_cannot_be_caught() -> None:
    code = (
        "caught = []\n"
        "for _ in range(3):\n"
        "    try:\n"
        "        'a' * 10**10\n"
        "    except MemoryError:\n"
        "        caught.append(1)\n"
        "caught"
    )
    err = limit_error(code, ResourceLimits())
    assert err.type_name == "MemoryError"


@pytest.mark.parametrize(
    "code",
    [
        "import math\nmath.factorial(10**9)",
        "import math\nmath.comb(10**9, 10**8)",
        "import math\nmath.perm(10**9)",
    ],
)
def test_huge_combinatorics_are_an_ordinary_overflow(code: str) -> None:
    with pytest.raises(MontyRuntimeError) as info:
        MontyRun(code).run()
    assert info.value.type_name == "OverflowError"
    assert info.value.limit is False


def test_moderate_combinatorics_are_computed() -> None:
    code = (
        "import math\n"
        "[math.comb(10**5, 2), math.perm(10**5, 2), math.factorial(30_000).bit_length()]"
    )
    assert MontyRun(code).run() == [4999950000, 9999900000, 402909]


def test_wide_format_within_bounds_is_allowed() -> None:
    code = "[len(f'{1:>5000}'), len(format('x', '^5000')), len('{:5000}'.format(1)), len('%5000d' % 1)]"
    assert MontyRun(code).run() == [5000, 5000, 5000, 5000]


# ---------------------------------------------------------------------------------------------
# Limits reached through the real builtin classes
# ---------------------------------------------------------------------------------------------

_ISOLATED_RUNNER = textwrap.dedent(
    """
    import json, resource, sys, time
    with open("/proc/self/status") as f:
        vm = next(int(line.split()[1]) * 1024 for line in f if line.startswith("VmSize:"))
    ceiling = vm + 1024**3
    resource.setrlimit(resource.RLIMIT_AS, (ceiling, ceiling))
    from monty_agent import MontyRun, MontyRuntimeError, ResourceLimits
    start = time.perf_counter()
    try:
        MontyRun(sys.argv[1]).run(limits=ResourceLimits(max_duration_secs=float(sys.argv[2])))
        outcome = None
    except MontyRuntimeError as e:
        outcome = [e.type_name, e.limit]
    print(json.dumps({"outcome": outcome, "elapsed": time.perf_counter() - start}))
    """
)


def run_isolated(code: str, max_duration: float) -> dict[str, object]:
    """Run in a child process under a 1 GiB address-space ceiling (for guards that may fail)."""
    proc = subprocess.run(
        [sys.executable, "-c", _ISOLATED_RUNNER, code, str(max_duration)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_isolated_runner_reports_a_time_limit() -> None:
    result = run_isolated("while True:\n    pass", MAX_DURATION)
    assert result["outcome"] == ["TimeoutError", True]
    assert result["elapsed"] < MAX_DURATION + 0.5  # type: ignore[operator]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses /proc and RLIMIT_AS")
@pytest.mark.parametrize(
    "code",
    [
        "import itertools\nlist.__mro__[0](itertools.count())",
        "import itertools\nlist.mro()[0](itertools.count())",
        "import itertools\nclass L(list):\n    pass\nL.__bases__[0](itertools.count())",
        "import itertools\ntuple.__mro__[0](itertools.count())",
    ],
    ids=["mro_attribute", "mro_method", "bases_of_subclass", "tuple"],
)
def test_real_builtin_classes_cannot_bypass_the_time_limit(code: str) -> None:
    result = run_isolated(code, MAX_DURATION)
    assert result["outcome"] == ["TimeoutError", True]
    assert result["elapsed"] < MAX_DURATION + 0.5  # type: ignore[operator]


# ---------------------------------------------------------------------------------------------
# Recursion
# ---------------------------------------------------------------------------------------------

RECURSION_PROGRAMS = {
    "plain": "def f():\n    return f()\nf()",
    "caught_outside": (
        "def f():\n    return f()\ntry:\n    f()\nexcept RecursionError:\n    r = 'caught'\nr"
    ),
    "caught_inside": (
        "def f():\n"
        "    try:\n"
        "        return f()\n"
        "    except RecursionError:\n"
        "        return 'caught'\n"
        "f()"
    ),
    "caught_as_exception": (
        "def f():\n"
        "    try:\n"
        "        return f()\n"
        "    except Exception:\n"
        "        return 'caught'\n"
        "f()"
    ),
    "finally_return": (
        "def f():\n    try:\n        return f()\n    finally:\n        return 'escaped'\nf()"
    ),
    "mutual": "def a():\n    return b()\ndef b():\n    return a()\na()",
    "repr_recursion": ("class A:\n    def __repr__(self):\n        return repr(self)\nrepr(A())"),
    "method_recursion": "class A:\n    def go(self):\n        return self.go()\nA().go()",
}


@pytest.mark.parametrize("code", list(RECURSION_PROGRAMS.values()), ids=list(RECURSION_PROGRAMS))
def test_recursion_limit_cannot_be_caught(code: str) -> None:
    err = limit_error(code, ResourceLimits(max_duration_secs=10))
    assert err.type_name == "RecursionError"
    assert err.message == "maximum recursion depth exceeded"
    assert err.frames


def test_recursion_depth_is_configurable() -> None:
    code = "def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nf(depth)"
    m = MontyRun(code, inputs=["depth"])
    assert m.run(inputs={"depth": 50}, limits=ResourceLimits(max_recursion_depth=100)) == 50
    with pytest.raises(MontyRuntimeError) as info:
        m.run(inputs={"depth": 500}, limits=ResourceLimits(max_recursion_depth=100))
    assert info.value.type_name == "RecursionError"
    assert m.run(inputs={"depth": 900}) == 900


# ---------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------


def test_output_limit() -> None:
    received: list[str] = []
    code = "for i in range(100):\n    print('y' * 99)"
    err = limit_error(
        code, ResourceLimits(max_output_bytes=1000), print_callback=lambda _s, t: received.append(t)
    )
    assert err.type_name == "OutputLimitError"
    assert err.message == "output limit of 1000 bytes exceeded"
    # ten lines of 100 bytes fit exactly; the eleventh is never delivered
    assert received == ["y" * 99 + "\n"] * 10


def test_output_limit_counts_utf8_bytes() -> None:
    received: list[str] = []
    limit_error(
        "print('é' * 3)\nprint('é')",
        ResourceLimits(max_output_bytes=8),
        print_callback=lambda _s, t: received.append(t),
    )
    assert received == ["ééé\n"]


def test_output_limit_cannot_be_swallowed() -> None:
    code = (
        "for i in range(5):\n"
        "    try:\n"
        "        print('z' * 100)\n"
        "    except BaseException:\n"
        "        pass\n"
        "'escaped'"
    )
    err = limit_error(
        code, ResourceLimits(max_output_bytes=150), print_callback=lambda _s, _t: None
    )
    assert err.type_name == "OutputLimitError"


def test_no_output_limit() -> None:
    received: list[str] = []
    MontyRun("for i in range(3):\n    print('x' * 100)").run(
        limits=ResourceLimits(max_output_bytes=None),
        print_callback=lambda _s, t: received.append(t),
    )
    assert len(received) == 3


# ---------------------------------------------------------------------------------------------
# Custom trackers
# ---------------------------------------------------------------------------------------------


class RecordingTracker:
    """A `ResourceTracker` that records every call and enforces a budget of time checks."""

    def __init__(self, *, check_budget: int | None = None, depth: int | None = 1000) -> None:
        self.events: list[tuple[str, int | None]] = []
        self.check_budget = check_budget
        self.checks = 0
        self._depth = depth

    @property
    def max_recursion_depth(self) -> int | None:
        return self._depth

    def start(self) -> None:
        self.events.append(("start", None))

    def stop(self) -> None:
        self.events.append(("stop", None))

    def check_time(self) -> None:
        self.checks += 1
        if self.check_budget is not None and self.checks > self.check_budget:
            raise LimitExceeded("TimeoutError", "check budget exhausted")

    def on_allocate(self, size: int) -> None:
        self.events.append(("allocate", size))

    def on_output(self, size: int) -> None:
        self.events.append(("output", size))


def test_custom_tracker_satisfies_the_protocol() -> None:
    assert isinstance(RecordingTracker(), ResourceTracker)


def test_tracker_protocol_methods_are_called() -> None:
    tracker = RecordingTracker()
    code = "n = 100_000\ns = 'a' * n\nprint('hé')\nfor i in range(10_000):\n    pass\nlen(s)"
    result = MontyRun(code).run(limits=tracker, print_callback=lambda _s, _t: None)
    assert result == 100_000
    assert tracker.events[0] == ("start", None)
    assert tracker.events[-1] == ("stop", None)
    assert [e for e in tracker.events if e[0] == "start"] == [("start", None)]
    assert ("output", len("hé\n".encode())) in tracker.events
    allocations = [size for kind, size in tracker.events if kind == "allocate"]
    assert allocations
    assert max(allocations) >= 100_000  # type: ignore[type-var]
    assert tracker.checks >= 1


def test_tracker_is_stopped_when_the_run_fails() -> None:
    tracker = RecordingTracker()
    with pytest.raises(MontyRuntimeError):
        MontyRun("1 / 0").run(limits=tracker)
    assert tracker.events == [("start", None), ("stop", None)]


def test_custom_tracker_can_end_the_run() -> None:
    tracker = RecordingTracker(check_budget=3)
    code = "while True:\n    try:\n        pass\n    except BaseException:\n        pass"
    err = limit_error(code, tracker)
    assert (err.type_name, err.message) == ("TimeoutError", "check budget exhausted")
    assert tracker.checks == 4
    assert tracker.events[-1] == ("stop", None)


def test_one_budget_shared_by_two_runs() -> None:
    loop = MontyRun("for i in range(50_000):\n    pass\n'done'")
    calibration = RecordingTracker()
    assert loop.run(limits=calibration) == "done"
    per_run = calibration.checks
    assert per_run > 0
    # one budget for a run and a half: the first run fits, the second runs out
    shared = RecordingTracker(check_budget=per_run + per_run // 2)
    assert loop.run(limits=shared) == "done"
    assert shared.checks == per_run
    with pytest.raises(MontyRuntimeError) as info:
        loop.run(limits=shared)
    assert (info.value.type_name, info.value.message) == ("TimeoutError", "check budget exhausted")
    assert [kind for kind, _ in shared.events] == ["start", "stop", "start", "stop"]


def test_limit_tracker_output_budget_spans_runs() -> None:
    tracker = LimitTracker(max_output_bytes=150)
    m = MontyRun("print('x' * 99)")
    m.run(limits=tracker, print_callback=lambda _s, _t: None)
    assert tracker.output_bytes == 100
    err = limit_error("print('x' * 99)", tracker, print_callback=lambda _s, _t: None)
    assert err.type_name == "OutputLimitError"


class FakeClock:
    """Stands in for the `time` module inside the tracker: time moves only when told to."""

    def __init__(self) -> None:
        self.now = 1000.0

    def perf_counter(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def test_limit_tracker_time_accumulates_across_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = FakeClock()
    monkeypatch.setattr(tracker_module, "time", clock)
    program = MontyRun(
        "advance(0.2)\nfor i in range(10_000):\n    pass\n'done'", external_functions=["advance"]
    )
    functions = {"advance": clock.advance}
    tracker = LimitTracker(max_duration_secs=0.3)
    assert program.run(limits=tracker, external_functions=functions) == "done"
    assert tracker.elapsed == pytest.approx(0.2)
    # time between runs is not billed
    clock.advance(100)
    with pytest.raises(MontyRuntimeError) as info:
        program.run(limits=tracker, external_functions=functions)
    assert (info.value.type_name, info.value.limit) == ("TimeoutError", True)
    assert tracker.elapsed == pytest.approx(0.4)
    # a fresh tracker has the whole budget again
    assert (
        program.run(limits=LimitTracker(max_duration_secs=0.3), external_functions=functions)
        == "done"
    )


def test_tracker_without_recursion_ceiling_uses_the_interpreters() -> None:
    tracker = RecordingTracker(depth=None)
    err = limit_error("def f():\n    return f()\nf()", tracker)
    assert err.type_name == "RecursionError"


def test_limit_tracker_reports_memory_growth(monkeypatch: pytest.MonkeyPatch) -> None:
    """The resident-memory sample is compared with the baseline taken at `start`."""
    readings = iter([1_000_000, 1_000_000 + 10, 1_000_000 + 10_000])
    monkeypatch.setattr(tracker_module, "process_memory", lambda: next(readings))
    tracker = LimitTracker(max_memory=1000)
    tracker.start()
    tracker.check_time()  # grown by 10 bytes: fine
    with pytest.raises(LimitExceeded) as info:
        tracker.check_time()  # grown by 10 kB: over
    assert info.value.type_name == "MemoryError"
    tracker.stop()
    tracker.stop()  # stopping twice is harmless
    assert tracker.elapsed >= 0


def test_process_memory_reads_resident_size() -> None:
    assert tracker_module.process_memory() > 0


# ---------------------------------------------------------------------------------------------
# Huge ranges: answered without iterating when possible, ticking otherwise
# ---------------------------------------------------------------------------------------------


def test_sum_of_a_huge_range_is_computed_directly() -> None:
    limits = ResourceLimits(max_duration_secs=1)
    assert MontyRun("sum(range(10**12))").run(limits=limits) == 10**12 * (10**12 - 1) // 2
    assert MontyRun("sum(range(5, 10**7, 3), 10)").run(limits=limits) == sum(range(5, 10**7, 3), 10)


def test_searching_a_huge_range_for_a_non_int() -> None:
    assert MontyRun("range(200_000).index(150_000.0)").run() == 150_000
    assert MontyRun("range(200_000).count(5.0)").run() == 1
    assert MontyRun("range(10**12).index(7)").run() == 7
    err = limit_error("range(10**12).count('a')", ResourceLimits(max_duration_secs=MAX_DURATION))
    assert err.type_name == "TimeoutError"


def test_range_index_missing_non_int_message() -> None:
    with pytest.raises(MontyRuntimeError) as info:
        MontyRun("range(200_000).index('a')").run()
    assert (info.value.type_name, info.value.message) == (
        "ValueError",
        "sequence.index(x): x not in sequence",
    )


def test_replace_is_costed_by_the_replacements_made() -> None:
    limits = ResourceLimits(max_memory=64 * 1024 * 1024)
    # one replacement of 10 MB fits; a thousand would not
    code = "len(('a' * 1000).replace('a', 'b' * 10**7, 1))"
    assert MontyRun(code).run(limits=limits) == 10**7 + 999
    assert MontyRun("len('abc'.replace('', 'x' * 10**6))").run(limits=limits) == 4 * 10**6 + 3
    err = limit_error("('a' * 1000).replace('a', 'b' * 10**7)", limits)
    assert err.type_name == "MemoryError"
