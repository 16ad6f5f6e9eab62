"""Shared pieces of the fuzzers: hypothesis profiles and the two properties they check.

* `check_differential(src)`: the sandbox agrees with CPython on a valid program, or refuses
  it deliberately.
* `check_contained(src)`: a (mutated) attack gets nothing out of the sandbox: no canary
  secret, no frame, code object, host module, globals or host builtins.

Both raise `FuzzFailure` (an AssertionError) describing what went wrong.
"""

from __future__ import annotations

import contextlib
import gc
import io
import os
import re
import secrets
import signal
import sys
import tempfile
import threading
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, settings

FUZZ_DIR = Path(__file__).resolve().parent
TESTS_DIR = FUZZ_DIR.parent
if str(TESTS_DIR) not in sys.path:
    sys.path.insert(0, str(TESTS_DIR))

from case_runner import CaseError, Outcome, run_cpython, run_monty  # noqa: E402

from monty_agent import (  # noqa: E402
    MontyError,
    MontyRun,
    MontyRuntimeError,
    MontySyntaxError,
    ResourceLimits,
)

__all__ = [
    "LONG",
    "FuzzFailure",
    "check_contained",
    "check_differential",
    "fuzz_settings",
]

#: `MONTY_FUZZ=long` selects the long, hand-run profiles.
LONG = os.environ.get("MONTY_FUZZ", "").lower() == "long"

SANDBOX_SECS = 2.0
ORACLE_SECS = 10.0


def fuzz_settings(ci_examples: int, long_examples: int = 20_000) -> settings:
    """The CI profile (derandomized, so CI is reproducible) or the long one (`MONTY_FUZZ=long`)."""
    common: dict[str, Any] = {
        "deadline": None,
        "suppress_health_check": [
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.filter_too_much,
        ],
    }
    if LONG:
        examples = int(os.environ.get("MONTY_FUZZ_EXAMPLES", long_examples))
        return settings(
            max_examples=examples,
            print_blob=True,
            **common,
        )
    # No shrinking in CI: shrinking a generated program can take minutes. The failing program
    # is printed as it is; run the long profile (or tests/fuzz/campaign.py) to reduce it.
    return settings(
        max_examples=ci_examples,
        derandomize=True,
        database=None,
        phases=[Phase.explicit, Phase.reuse, Phase.generate],
        **common,
    )


class FuzzFailure(AssertionError):
    """A fuzzed program showed a bug. `kind` is 'divergence' (sandbox vs CPython), 'crash' (a
    non-MontyError reached the host), 'security' (a mutant got something out), 'hang' (a time
    limit was not enforced) or 'host-output' (the run wrote to the host's stdout/stderr)."""

    def __init__(self, kind: str, message: str, src: str, signature: str = "") -> None:
        self.kind = kind
        self.src = src
        self.message = message
        #: what identifies the bug, roughly: failures with equal signatures are likely one bug
        self.signature = f"{kind}: {signature or _normalise(message)}"
        super().__init__(f"[{kind}] {message}\n--- program ---\n{src}")


def _normalise(text: str) -> str:
    text = _ADDRESS.sub("", text)
    text = re.sub(r"\b[a-zA-Z]+\d+\b", "N", text)  # generated names: v12, C3, e7...
    text = re.sub(r"'[^'\n]*'|\"[^\"\n]*\"|\d+", "_", text)
    return text[:300]


def _first_difference(want: dict[str, Any], got: dict[str, Any]) -> str:
    if want["stdout"] != got["stdout"]:
        wl, gl = want["stdout"].splitlines(), got["stdout"].splitlines()
        for a, b in zip([*wl, ""], [*gl, ""], strict=False):
            if a != b:
                return f"stdout {_normalise(a)!r} -> {_normalise(b)!r}"
    if want["exc"] != got["exc"]:
        return (
            f"exc {want['exc'] and want['exc'][0]} -> {got['exc'] and got['exc'][0]}: "
            + _normalise(str(got["exc"] and got["exc"][1]))
        )
    return f"value {_normalise(str(want['value']))!r} -> {_normalise(str(got['value']))!r}"


# --------------------------------------------------------------------------------------------
# Differential: sandbox vs CPython
# --------------------------------------------------------------------------------------------


class OracleTimeout(CaseError):
    """The generated program ran too long under CPython: a generator bug, not a sandbox bug."""


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    def on_alarm(signum: int, frame: Any) -> None:
        raise OracleTimeout(f"CPython took more than {seconds} s")

    if not hasattr(signal, "setitimer"):
        yield
        return
    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


def _normal(outcome: Outcome) -> dict[str, Any]:
    fields = outcome.as_dict()
    for key in ("stdout", "value"):
        if fields[key] is not None:
            fields[key] = _ADDRESS.sub(" at 0x?", fields[key])
    if fields["exc"] is not None:
        fields["exc"] = (fields["exc"][0], _ADDRESS.sub(" at 0x?", fields["exc"][1]))
    return fields


def is_refusal(actual: Outcome, expected: Outcome | None = None) -> bool:
    """A deliberate refusal: refused before running, or a run-time error naming the sandbox
    (possibly caught and printed by the program itself)."""
    if actual.refused is not None:
        return True
    if actual.exc is not None and "sandbox" in actual.exc[1]:
        return True
    expected_out = expected.stdout if expected is not None else ""
    return "sandbox" in actual.stdout and "sandbox" not in expected_out


def _texts(fields: dict[str, Any]) -> str:
    return "\n".join(str(v) for v in fields.values())


#: Divergences already found and reported, each with a program in `tests/fuzz/found/`. While
#: one is unfixed, a program showing it counts as 'known' (a hypothesis event) instead of
#: failing, so the fuzzers keep looking for new bugs. Delete an entry once its bug is fixed
#: (and move its found/ program into tests/cases). `MONTY_FUZZ_STRICT=1` ignores the list.
KNOWN_DIVERGENCES: dict[str, Callable[[dict[str, Any], dict[str, Any]], bool]] = {}
STRICT = os.environ.get("MONTY_FUZZ_STRICT", "") not in ("", "0")


def known_divergence(want: dict[str, Any], got: dict[str, Any]) -> str | None:
    if STRICT:
        return None
    for name, matches in KNOWN_DIVERGENCES.items():
        if matches(want, got):
            return name
    return None


def run_oracle(src: str) -> Outcome:
    with _alarm(ORACLE_SECS):
        return run_cpython(src)


def check_differential(src: str) -> str:
    """Run `src` under CPython and in the sandbox; return 'agree', 'refused' or 'known: <name>'
    (a divergence in KNOWN_DIVERGENCES).

    Raises `FuzzFailure` on a divergence or when a non-MontyError reaches the host, and
    `OracleTimeout` when CPython itself takes too long (the program is unusable).
    """
    expected = run_oracle(src)
    try:
        actual = run_monty(src, max_duration_secs=SANDBOX_SECS)
    except Exception as exc:  # run_monty lets only non-MontyError exceptions through
        raise FuzzFailure("crash", f"{type(exc).__name__} reached the host: {exc}", src) from exc
    if is_refusal(actual, expected):
        return "refused"
    got, want = _normal(actual), _normal(expected)
    if got != want and (known := known_divergence(want, got)):
        return f"known: {known}"
    if got != want:
        diffs = [
            f"  {k}: cpython={want[k]!r}\n  {' ' * len(k)}  monty={got[k]!r}"
            for k in want
            if want[k] != got[k]
        ]
        raise FuzzFailure(
            "divergence",
            "sandbox differs from CPython:\n" + "\n".join(diffs),
            src,
            _first_difference(want, got),
        )
    return "agree"


# --------------------------------------------------------------------------------------------
# Containment: attacks get nothing
# --------------------------------------------------------------------------------------------

CANARY_ENV = "MONTY_CANARY_SECRET"

#: In printed text: the repr of a live host object the sandbox should never hand out.
_LEAK_IN_TEXT = re.compile(
    r"<frame at |<code object |<module '[^']*' (?:\(|from )|<built-in function "
    r"(?:open|__import__|compile|globals|locals|breakpoint|input|__build_class__)>"
    r"|<bound method .* of <module |<function _?(?:run_path|system|popen)"
)
#: In the repr of the returned (plain) value: a converted frame, code object or module.
_LEAK_IN_VALUE = ("<frame", "<code object", "<module ")
_HOST_BUILTIN_NAMES = {"__import__", "open", "compile", "globals", "breakpoint", "__build_class__"}


@dataclass(frozen=True)
class Contained:
    """What a mutant got: 'value', 'refused' (MontySyntaxError) or 'error' (MontyRuntimeError)."""

    kind: str
    detail: str
    #: exceptions raised where nobody could catch them (finalizers of the run's garbage) and
    #: warnings, which would go to the host's stderr
    unraisable: int = 0


@contextmanager
def canary() -> Iterator[str]:
    """Put a fresh secret in the host's environment for the duration."""
    secret = "canary-" + secrets.token_hex(12)
    old = os.environ.get(CANARY_ENV)
    os.environ[CANARY_ENV] = secret
    try:
        yield secret
    finally:
        if old is None:
            os.environ.pop(CANARY_ENV, None)
        else:
            os.environ[CANARY_ENV] = old


def _walk(value: Any, depth: int = 0) -> Iterator[Any]:
    """Every object inside a plain value (records included)."""
    yield value
    if depth > 50:
        return
    if isinstance(value, dict):
        for k, v in value.items():  # pyright: ignore[reportUnknownVariableType]
            yield from _walk(k, depth + 1)
            yield from _walk(v, depth + 1)
    elif isinstance(value, list | tuple | set | frozenset):
        for v in value:  # pyright: ignore[reportUnknownVariableType]
            yield from _walk(v, depth + 1)
    elif type(value).__name__ == "Record":
        yield value.type_name
        for v in value.attributes.values():
            yield from _walk(v, depth + 1)


_PLAIN_TYPES = (
    type(None), bool, int, float, complex, str, bytes, range,
    list, tuple, dict, set, frozenset,
)  # fmt: skip


def leaked_in_value(value: Any) -> str | None:
    """Why `value` (returned by a run) is not plain data or shows a host object, or None."""
    from monty_agent import MontyObject

    for item in _walk(value):
        if isinstance(item, dict) and ("__builtins__" in item or set(item) >= _HOST_BUILTIN_NAMES):
            return "returned a globals or builtins dict"
        if type(item) not in _PLAIN_TYPES and type(item) is not MontyObject:
            import datetime
            import decimal
            import fractions
            import uuid

            value_types = (datetime.date, datetime.time, datetime.timedelta, datetime.tzinfo,
                           decimal.Decimal, fractions.Fraction, uuid.UUID)  # fmt: skip
            if not isinstance(item, value_types):
                return f"returned a live {type(item).__module__}.{type(item).__qualname__}"
    text = repr(value)
    for marker in _LEAK_IN_VALUE:
        if marker in text:
            return f"returned value shows {marker!r}: {text[:300]}"
    return None


class HostHang(BaseException):
    """Raised into a run that outlived its time limit by far: the limit was not enforced."""


MUTANT_SECS = 0.5
MUTANT_MEMORY = 256 * 1024**2
HANG_GRACE_SECS = 10.0
INPUTS = ("canary_path", "canary_write_path")


def check_contained(
    src: str, max_duration: float = MUTANT_SECS, max_memory: int | None = MUTANT_MEMORY
) -> Contained:
    """Run a mutant against canaries; raise FuzzFailure on any leak.

    The canaries: the `MONTY_CANARY_SECRET` environment variable, a file whose path is the
    input `canary_path` (its content must not come out either) and the input
    `canary_write_path` (no file may appear there). The host's own stdout and stderr must
    stay empty: the sandbox prints only through `print_callback`.
    """
    printed: list[str] = []
    max_duration = min(max_duration, MUTANT_SECS)
    max_memory = min(max_memory or MUTANT_MEMORY, MUTANT_MEMORY)
    host_out, host_err = io.StringIO(), io.StringIO()
    with tempfile.TemporaryDirectory(prefix="monty-fuzz-") as tmp, canary() as secret:
        file_secret = "filesecret-" + secrets.token_hex(12)
        canary_path = Path(tmp) / "canary.txt"
        canary_path.write_text(file_secret, encoding="utf-8")
        write_path = Path(tmp) / "written.txt"
        inputs = {"canary_path": str(canary_path), "canary_write_path": str(write_path)}
        secrets_ = (secret, file_secret)
        outcome: Contained | None = None
        value: Any = None
        unraisable: list[str] = []
        old_hook = sys.unraisablehook
        sys.unraisablehook = lambda u: unraisable.append(f"{u.exc_type.__name__}: {u.exc_value}")
        try:
            with (
                _hang_guard(max_duration + HANG_GRACE_SECS),
                contextlib.redirect_stdout(host_out),
                contextlib.redirect_stderr(host_err),
                warnings.catch_warnings(record=True) as caught,
            ):
                warnings.simplefilter("always")
                # Objects that exist before the run cannot be its garbage: freezing them keeps
                # the collection below to the run's own objects (a full collection of the
                # test process's heap costs ~0.2 s per mutant).
                gc.freeze()
                try:
                    runner = MontyRun(src, inputs=INPUTS)
                    value = runner.run(
                        inputs=inputs,
                        limits=ResourceLimits(
                            max_duration_secs=max_duration, max_memory=max_memory
                        ),
                        print_callback=lambda stream, text: printed.append(text),
                    )
                except MontySyntaxError as err:
                    outcome = Contained("refused", err.message)
                    _check_secrets(err.display(), src, secrets_, "the refusal")
                except MontyRuntimeError as err:
                    outcome = Contained("error", f"{err.type_name}: {err.message}")
                    _check_secrets(err.message + err.display(), src, secrets_, "the error")
                finally:
                    gc.collect()  # finalizers of the run's garbage run now, on the clock
                    gc.unfreeze()
        except HostHang:
            raise FuzzFailure("hang", "the run outlived its time limit by far", src) from None
        except FuzzFailure:
            raise
        except MontyError as err:
            raise FuzzFailure(
                "crash", f"{type(err).__name__} reached the host: {err}", src
            ) from None
        except Exception as err:
            raise FuzzFailure(
                "crash", f"{type(err).__name__} reached the host: {err}", src
            ) from err
        finally:
            sys.unraisablehook = old_hook
        unraisable += [f"{w.category.__name__}: {w.message}" for w in caught]
        for text in unraisable:
            _check_secrets(text, src, secrets_, "an unraisable exception or warning")
        if write_path.exists():
            raise FuzzFailure("security", "the program created the canary_write_path file", src)
    stdout = "".join(printed)
    _check_secrets(stdout, src, secrets_, "stdout")
    _check_text(stdout, src, "stdout")
    for name, stream in (("stdout", host_out), ("stderr", host_err)):
        text = stream.getvalue()
        _check_secrets(text, src, secrets_, f"the host's {name}")
        if text:
            raise FuzzFailure(
                "host-output", f"the run wrote to the host's {name}: {text[:300]!r}", src
            )
    if outcome is not None:
        return replace(outcome, unraisable=len(unraisable))
    try:
        text = repr(value)
    except Exception as err:
        raise FuzzFailure("crash", f"repr() of the returned value raised {err!r}", src) from err
    _check_secrets(text, src, secrets_, "the returned value")
    leak = leaked_in_value(value)
    if leak:
        raise FuzzFailure("security", leak, src)
    return Contained("value", text[:200], len(unraisable))


@contextmanager
def _hang_guard(seconds: float) -> Iterator[None]:
    def on_alarm(signum: int, frame: Any) -> None:
        raise HostHang

    if (
        not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield
        return
    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds, 1.0)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def _check_secrets(text: str, src: str, secrets_: tuple[str, ...], where: str) -> None:
    if any(s in text for s in secrets_):
        raise FuzzFailure("security", f"a canary secret is in {where}", src)


def _check_text(text: str, src: str, where: str) -> None:
    m = _LEAK_IN_TEXT.search(text)
    if m:
        raise FuzzFailure("security", f"{where} shows a host object: {m.group(0)!r}", src)
