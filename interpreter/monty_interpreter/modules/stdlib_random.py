"""Sandbox modules for randomness: `random` and `uuid`.

Entropy policy: the `random` module's functions are the methods of the run's own generator,
`Runtime.random()`, seeded from `Runtime.entropy()` (host `os.urandom` unless an OS-access
policy replaces `Runtime.entropy_source`). `random.seed(x)` makes a run deterministic and
never touches the host's `random` module or another run. `random.Random(seed)` makes more
generators of the same (sandbox) class. `getstate`/`setstate` exchange plain data (a version,
a tuple of ints, a float or None) and are allowed. `random.SystemRandom` is left out (it would
read the host's entropy around the run's source; use `random.Random()` or `uuid.uuid4()`).

Review notes: sizes the caller controls are reported before C allocates them
(`getrandbits(k)`, `randbytes(n)`, `choices(k=...)`, `sample(population, k)`), and lazy
`weights`/`counts` are consumed through the run's ticking view (CPython accumulates them in C).

`uuid.uuid4()` takes its 16 bytes from the run's entropy source. `uuid.uuid1()` never reads the
host's network address: without a `node` it uses a random 48-bit node with the multicast bit
set (RFC 4122, section 4.5), and its timestamp comes from the run's clock. `uuid.getnode` is left
out. `uuid3`/`uuid5` hash their name as CPython does.
"""

from __future__ import annotations

import itertools
import operator
import random
import uuid
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..policy import SPECIAL, register_host_type
from . import register

if TYPE_CHECKING:
    from ..execute.runtime import Runtime

_CRandom: type = random.Random.__mro__[1]
#: Sizes (items or bytes) below which nothing is reported to the tracker.
_SMALL = 4096
#: Seconds to generate one random byte in C (Mersenne Twister), rounded up.
_SECONDS_PER_BYTE = 1.5e-8
#: 100-ns intervals between the UUID epoch (1582-10-15) and the Unix epoch.
_UUID_EPOCH = 0x01B21DD213814000


def _current() -> Runtime:
    from ..execute.runtime import CURRENT

    return CURRENT.get()


def _report(size: Any, item_bytes: int) -> None:
    """Report `size` items of `item_bytes` each about to be allocated in C."""
    if type(size) is int and size > _SMALL:
        _current().allocate(size * item_bytes)


def _random_bytes(size: int) -> None:
    """Report `size` random bytes about to be generated in one C call (memory and time)."""
    if size > _SMALL:
        rt = _current()
        rt.allocate(size)
        rt.spend(size * _SECONDS_PER_BYTE, "generating random bits")


def _per_item(values: Any, population: Any) -> Any:
    """`weights`/`counts` as CPython will use them: it accumulates them all in C, then
    refuses them unless there is one per item of the population, so at most one more than
    that is read (through the run's ticking view)."""
    try:
        size = len(population)
    except TypeError:
        return values  # CPython raises its own error first
    items: Iterable[Any] = _current().items(values)
    return list(itertools.islice(items, size + 1))


class SandboxRandom(random.Random):
    """`random.Random` for the sandbox: the same generator and results, with the sizes of
    what its C parts build reported first and lazy arguments consumed with ticks.
    Seeding without a seed (`seed()`, `Random()`) draws it from the run's entropy source, as
    the run's own generator is seeded, not from the host's `os.urandom`: so an OS-access
    `random_seed` and a session's journal cover it too."""

    def seed(self, a: Any = None, version: int = 2) -> None:
        if a is None:
            a = int.from_bytes(_current().entropy(32), "big")
        super().seed(a, version)

    def randbytes(self, n: Any) -> bytes:
        if type(n) is int:
            _random_bytes(n)
        return super().randbytes(n)

    def choices(
        self, population: Any, weights: Any = None, *, cum_weights: Any = None, k: Any = 1
    ) -> list[Any]:
        _report(k, 8)
        if weights is not None:
            weights = _per_item(weights, population)
        return super().choices(population, weights, cum_weights=cum_weights, k=k)

    def sample(self, population: Any, k: Any, *, counts: Any = None) -> list[Any]:
        _report(k, 8)
        if counts is not None:
            counts = _per_item(counts, population)
        return super().sample(population, k, counts=counts)


def _getrandbits(obj: Any) -> Any:
    """`getrandbits` of a generator: `k` bits are reported before C allocates them. (A
    method override would switch CPython's `_randbelow` to a slower path.)"""

    def getrandbits(k: Any, /) -> int:
        if type(k) is int:
            _random_bytes(k // 8)
        return obj.getrandbits(k)

    return getrandbits


SPECIAL[(_CRandom, "getrandbits")] = _getrandbits
SandboxRandom.__name__ = SandboxRandom.__qualname__ = "Random"
SandboxRandom.__module__ = "random"
_RANDOM_METHODS = (
    "seed random uniform triangular randint choice randrange sample shuffle choices "
    "normalvariate lognormvariate expovariate vonmisesvariate gammavariate gauss betavariate "
    "paretovariate weibullvariate getstate setstate getrandbits randbytes VERSION"
)
register_host_type(SandboxRandom, _RANDOM_METHODS)


@register("random")
def _random(rt: Runtime) -> dict[str, Any]:
    from ..builtins import PROXIES

    # `Random.__bases__[0]` reads as the sandbox's class, never CPython's unchecked one
    PROXIES.update({random.Random: SandboxRandom, _CRandom: SandboxRandom})
    inst = rt.random()
    exports: dict[str, Any] = {name: getattr(inst, name) for name in _RANDOM_METHODS.split()}
    exports["getrandbits"] = _getrandbits(inst)
    del exports["VERSION"]
    exports["Random"] = SandboxRandom
    return exports


register_host_type(
    uuid.UUID,
    "bytes bytes_le clock_seq clock_seq_hi_variant clock_seq_low fields hex int node time "
    "time_hi_version time_low time_mid urn variant version is_safe",
)
register_host_type(uuid.SafeUUID, "name value")


@register("uuid")
def _uuid(rt: Runtime) -> dict[str, Any]:
    def uuid4() -> uuid.UUID:
        return uuid.UUID(bytes=rt.entropy(16), version=4)

    def uuid1(node: Any = None, clock_seq: Any = None) -> uuid.UUID:
        timestamp = int(rt.clock() * 1e7) + _UUID_EPOCH
        if clock_seq is None:
            clock_seq = int.from_bytes(rt.entropy(2), "big") & 0x3FFF
        if node is None:
            node = int.from_bytes(rt.entropy(6), "big") | (1 << 40)
        node, clock_seq = operator.index(node), operator.index(clock_seq)
        fields = (
            timestamp & 0xFFFFFFFF,
            (timestamp >> 32) & 0xFFFF,
            (timestamp >> 48) & 0x0FFF,
            (clock_seq >> 8) & 0x3F,
            clock_seq & 0xFF,
            node,
        )
        return uuid.UUID(fields=fields, version=1)

    names = (
        "UUID SafeUUID uuid3 uuid5 NAMESPACE_DNS NAMESPACE_URL NAMESPACE_OID NAMESPACE_X500 "
        "RESERVED_NCS RFC_4122 RESERVED_MICROSOFT RESERVED_FUTURE"
    )
    exports: dict[str, Any] = {n: getattr(uuid, n) for n in names.split()}
    exports.update(uuid1=uuid1, uuid4=uuid4)
    return exports
