# pyright: reportUnknownMemberType=false, reportUnknownVariableType=false, reportUnknownArgumentType=false
"""Sandbox modules for encodings and digests: `base64`, `binascii`, `hashlib`, `hmac`,
`urllib.parse` (and `urllib`, its parent package).

Review notes:

* `base64`, `binascii`: CPython's functions. Their output grows with the input in one C
  call (up to 3x for `hexlify` with a separator or quoted-printable; `a85`/`b85` unpack
  the input into a tuple of ints first), so input past the small size reports the
  result's size first. The file-based `base64.encode`/`decode` are left out.
* `hashlib`: hash objects are wrappers (`HASH`, `HASHXOF`, `blake2b`...) exposing only
  `update`, `digest`, `hexdigest`, `copy`, `name`, `digest_size`, `block_size`. Hashing is
  one C call over the data: big data is priced (`Runtime.spend`) so a run out of time is
  refused rather than overrun. `shake_*.digest(length)` reports `length` bytes first;
  `pbkdf2_hmac` is priced by its iterations. Left out: `scrypt` (memory and time chosen
  by its arguments in OpenSSL), `file_digest` (files), `algorithms_available` (describes
  the host's OpenSSL).
* `hmac`: `new`, `digest`, `compare_digest`, `HMAC`; `digestmod` is a hash name or one
  of the sandbox's `hashlib` constructors (CPython would call any callable and use the
  object it returns natively).
* `urllib.parse`: CPython's pure-Python functions (the watchdog stops long loops). Two
  guards: values `urlencode` turns into text with `str()` are size-checked first (a
  shared-list DAG would expand in C), and a call with big text clears `urlsplit`'s
  process-wide cache afterwards, so one run cannot park its data in the host for the
  next. Results are CPython's named tuples; their `_make` (a C loop over any iterable) is
  not allowed.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import urllib.parse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..execute.runtime import CURRENT
from ..execute.sizes import SMALL_INPUT
from ..policy import register_host_type
from . import register

if TYPE_CHECKING:
    from ..execute.runtime import Runtime

#: Values `str()` turns into bounded text.
_PLAIN = frozenset({str, bytes, int, float, bool, type(None)})


def _data_len(value: Any) -> int:
    """The length of bytes-like or text input (0 for anything else)."""
    if isinstance(value, str | bytes | bytearray):
        return len(value)
    return 0


def _sized(rt: Runtime, fn: Callable[..., Any], factor: float) -> Callable[..., Any]:
    """`fn`, reporting `factor` bytes per byte of its first argument when that is big."""

    def call(*args: Any, **kwargs: Any) -> Any:
        size = _data_len(args[0]) if args else max(map(_data_len, kwargs.values()), default=0)
        if size > SMALL_INPUT:
            rt.allocate(int(size * factor) + 64)
        return fn(*args, **kwargs)

    call.__name__ = call.__qualname__ = fn.__name__
    call.__doc__ = fn.__doc__
    return call


#: name -> bytes of output per byte of input (an upper bound)
_BASE64_FACTORS = {
    "b64encode": 1.4,
    "b64decode": 1.0,
    "standard_b64encode": 1.4,
    "standard_b64decode": 1.0,
    "urlsafe_b64encode": 1.4,
    "urlsafe_b64decode": 1.0,
    "b32encode": 1.7,
    "b32decode": 1.0,
    "b32hexencode": 1.7,
    "b32hexdecode": 1.0,
    "b16encode": 2.0,
    "b16decode": 1.0,
    "a85encode": 12.0,
    "a85decode": 12.0,
    "b85encode": 12.0,
    "b85decode": 12.0,
    "encodebytes": 1.5,
    "decodebytes": 1.0,
}


@register("base64")
def _base64(rt: Runtime) -> dict[str, Any]:
    exports: dict[str, Any] = {
        name: _sized(rt, getattr(base64, name), factor) for name, factor in _BASE64_FACTORS.items()
    }
    return exports


_BINASCII_FACTORS = {
    "hexlify": 3.0,
    "unhexlify": 1.0,
    "b2a_hex": 3.0,
    "a2b_hex": 1.0,
    "b2a_base64": 1.4,
    "a2b_base64": 1.0,
    "b2a_qp": 3.0,
    "a2b_qp": 1.0,
    "b2a_uu": 1.5,
    "a2b_uu": 1.0,
    "crc32": 0.0,
    "crc_hqx": 0.0,
}


@register("binascii")
def _binascii(rt: Runtime) -> dict[str, Any]:
    exports: dict[str, Any] = {
        name: _sized(rt, getattr(binascii, name), factor)
        for name, factor in _BINASCII_FACTORS.items()
    }
    exports.update(Error=binascii.Error, Incomplete=binascii.Incomplete)
    return exports


# -- hashlib --------------------------------------------------------------------------------

#: seconds per byte hashed (rounded up from the reference machine): SHA-3 and SHAKE are
#: several times slower than the others
_SLOW_HASH_SECONDS = 3e-8
_HASH_SECONDS = 1e-8
#: seconds per PBKDF2 iteration and output block
_PBKDF2_SECONDS = 2e-6
#: hashing less than this is not priced
_SMALL_HASH = 1 << 20


def _price(name: str, size: int) -> None:
    """Report hashing `size` bytes with algorithm `name` to the run's clock."""
    if size > _SMALL_HASH:
        slow = "sha3" in name or "shake" in name
        per_byte = _SLOW_HASH_SECONDS if slow else _HASH_SECONDS
        CURRENT.get().spend(size * per_byte, f"hashing {size} bytes")


class HASH:
    """A hash object (CPython's `_hashlib.HASH`, `_blake2.blake2b`...)."""

    __slots__ = ("_h",)

    def __init__(self, h: Any) -> None:
        if not isinstance(h, _REAL_HASHES):
            raise TypeError(f"cannot create '_hashlib.{type(self).__name__}' instances")
        self._h = h

    @property
    def name(self) -> str:
        return self._h.name

    @property
    def digest_size(self) -> int:
        return self._h.digest_size

    @property
    def block_size(self) -> int:
        return self._h.block_size

    def update(self, data: Any, /) -> None:
        _price(self._h.name, _data_len(data))
        self._h.update(data)

    def digest(self) -> bytes:
        return self._h.digest()

    def hexdigest(self) -> str:
        return self._h.hexdigest()

    def copy(self) -> Any:
        return type(self)(self._h.copy())

    def __repr__(self) -> str:
        return f"<{self._h.name} {type(self).__module__}.{type(self).__name__} object @ {hex(id(self))}>"


class HASHXOF(HASH):
    """An extendable-output hash object (`shake_128`, `shake_256`)."""

    __slots__ = ()

    def digest(self, length: Any) -> bytes:  # type: ignore[override]
        self._report(length)
        return self._h.digest(length)

    def hexdigest(self, length: Any) -> str:  # type: ignore[override]
        self._report(2 * length if type(length) is int else length)
        return self._h.hexdigest(length)

    @staticmethod
    def _report(length: Any) -> None:
        if type(length) is int and length > SMALL_INPUT:
            CURRENT.get().allocate(length)
            _price("shake", length)


#: the types of CPython's hash objects (the only values a `HASH` may wrap)
_REAL_HASHES: tuple[type, ...] = tuple(
    {type(hashlib.new(name)) for name in hashlib.algorithms_guaranteed}
)
for _cls in (HASH, HASHXOF):
    _cls.__module__ = "_hashlib"
register_host_type(HASH, "name digest_size block_size update digest hexdigest copy")


def _hash_wrapper(h: Any) -> HASH:
    return HASHXOF(h) if h.name.startswith("shake") else HASH(h)


def _constructor(rt: Runtime, name: str) -> Callable[..., HASH]:
    real = getattr(hashlib, name)

    def make(*args: Any, **kwargs: Any) -> HASH:
        data = args[0] if args else kwargs.get("data", kwargs.get("string", b""))
        _price(name, _data_len(data))
        return _hash_wrapper(real(*args, **kwargs))

    make.__name__ = make.__qualname__ = real.__name__
    return make


_HASH_NAMES = sorted(hashlib.algorithms_guaranteed)


@register("hashlib")
def _hashlib(rt: Runtime) -> dict[str, Any]:
    exports: dict[str, Any] = {name: _constructor(rt, name) for name in _HASH_NAMES}

    def new(name: Any, data: Any = b"", **kwargs: Any) -> HASH:
        if isinstance(name, str):
            _price(name.lower(), _data_len(data))
        return _hash_wrapper(hashlib.new(name, data, **kwargs))

    def pbkdf2_hmac(
        hash_name: Any, password: Any, salt: Any, iterations: Any, dklen: Any = None
    ) -> bytes:
        if type(dklen) is int and dklen > SMALL_INPUT:
            rt.allocate(dklen)
        if type(iterations) is int and isinstance(hash_name, str):
            size = hashlib.new(hash_name).digest_size
            blocks = -(-dklen // size) if type(dklen) is int and dklen > 0 else 1
            if iterations * blocks > 1000:
                rt.spend(iterations * blocks * _PBKDF2_SECONDS, "pbkdf2_hmac()")
        return hashlib.pbkdf2_hmac(hash_name, password, salt, iterations, dklen)

    exports.update(
        new=new,
        pbkdf2_hmac=pbkdf2_hmac,
        algorithms_guaranteed=frozenset(hashlib.algorithms_guaranteed),
        algorithms_available=frozenset(hashlib.algorithms_guaranteed),
    )
    return exports


# -- hmac -----------------------------------------------------------------------------------


def _digest_name(digestmod: Any) -> Any:
    """The hash name `hmac` should use for `digestmod` (a name or a sandbox constructor)."""
    if isinstance(digestmod, str):
        return digestmod
    name = getattr(digestmod, "__name__", "")
    if callable(digestmod) and getattr(digestmod, "__module__", None) == __name__:
        return name.removeprefix("openssl_")
    if digestmod is None or digestmod == "":
        raise TypeError("Missing required parameter 'digestmod'.")
    raise TypeError("hmac digestmod must be a hash name or a hashlib constructor in the sandbox")


class HMAC:
    """`hmac.HMAC`: keyed hashing, over CPython's implementation."""

    __slots__ = ("_h",)

    def __init__(self, key: Any, msg: Any = None, digestmod: Any = "") -> None:
        name = _digest_name(digestmod)
        _price(name, _data_len(key) + _data_len(msg))
        self._h = hmac.new(key, msg, name)

    @property
    def name(self) -> str:
        return self._h.name

    @property
    def digest_size(self) -> int:
        return self._h.digest_size

    @property
    def block_size(self) -> int:
        return self._h.block_size

    def update(self, msg: Any, /) -> None:
        _price(self._h.name, _data_len(msg))
        self._h.update(msg)

    def digest(self) -> bytes:
        return self._h.digest()

    def hexdigest(self) -> str:
        return self._h.hexdigest()

    def copy(self) -> HMAC:
        other = object.__new__(type(self))
        other._h = self._h.copy()
        return other


HMAC.__module__ = "hmac"
register_host_type(HMAC, "name digest_size block_size update digest hexdigest copy")


@register("hmac")
def _hmac(rt: Runtime) -> dict[str, Any]:
    def new(key: Any, msg: Any = None, digestmod: Any = "") -> HMAC:
        return HMAC(key, msg, digestmod)

    def digest(key: Any, msg: Any, digest: Any) -> bytes:
        name = _digest_name(digest)
        _price(name, _data_len(key) + _data_len(msg))
        return hmac.digest(key, msg, name)

    return {
        "new": new,
        "digest": digest,
        "HMAC": HMAC,
        "compare_digest": hmac.compare_digest,
        "digest_size": None,
    }


# -- urllib.parse ---------------------------------------------------------------------------

_RESULT_FIELDS = {
    "DefragResult": "url fragment",
    "SplitResult": "scheme netloc path query fragment",
    "ParseResult": "scheme netloc path params query fragment",
}
_NETLOC = "username password hostname port"
for _name, _fields in _RESULT_FIELDS.items():
    for _suffix in ("", "Bytes"):
        _tp = getattr(urllib.parse, _name + _suffix)
        extra = "" if _name == "DefragResult" else _NETLOC
        coder = "decode" if _suffix else "encode"
        register_host_type(
            _tp, f"{_fields} {extra} geturl {coder} _replace _asdict _fields count index"
        )

_PARSE_NAMES = [
    "urlparse",
    "urlunparse",
    "urlsplit",
    "urlunsplit",
    "urljoin",
    "urldefrag",
    "quote",
    "quote_plus",
    "quote_from_bytes",
    "unquote",
    "unquote_plus",
    "unquote_to_bytes",
    "parse_qs",
    "parse_qsl",
]
_PARSE_CLASSES = [
    "DefragResult",
    "SplitResult",
    "ParseResult",
    "DefragResultBytes",
    "SplitResultBytes",
    "ParseResultBytes",
]


_URLSPLIT: Any = urllib.parse.urlsplit
#: `quote`'s process-wide cache of quoters, keyed by the `safe` characters
_QUOTER_CACHE: Any = vars(urllib.parse)["_byte_quoter_factory"]


def _uncached(fn: Callable[..., Any]) -> Callable[..., Any]:
    """`fn`; after a call with big text, `urlsplit`'s process-wide cache is emptied (it
    would keep the run's text, and hand the same result objects to later runs)."""

    def call(*args: Any, **kwargs: Any) -> Any:
        values = (*args, *kwargs.values())
        for value in values:
            if isinstance(value, str) and len(value) > SMALL_INPUT and not value.isascii():
                # a non-ASCII netloc is NFKC-normalized (up to 18 characters each)
                CURRENT.get().allocate(len(value) * 18 * 4)
        try:
            return fn(*args, **kwargs)
        finally:
            if any(_data_len(a) > 256 for a in values):
                _URLSPLIT.cache_clear()
                _QUOTER_CACHE.cache_clear()

    call.__name__ = call.__qualname__ = fn.__name__
    call.__doc__ = fn.__doc__
    return call


def _check_text_values(rt: Runtime, query: Any) -> None:
    """Size-check the keys and values `urlencode` will pass to `str()`."""
    if hasattr(query, "items"):
        pairs: Any = rt.ga(query, "items")()
    else:
        pairs = query
    if type(pairs) not in (list, tuple) and not hasattr(pairs, "__len__"):
        return
    for pair in pairs:
        for value in pair if type(pair) is tuple else (pair,):
            if type(value) not in _PLAIN:
                rt.check_repr(value)


@register("urllib.parse")
def _urllib_parse(rt: Runtime) -> dict[str, Any]:
    exports: dict[str, Any] = {
        name: _uncached(getattr(urllib.parse, name)) for name in _PARSE_NAMES
    }
    exports.update({name: getattr(urllib.parse, name) for name in _PARSE_CLASSES})

    def urlencode(
        query: Any,
        doseq: bool = False,
        safe: Any = "",
        encoding: Any = None,
        errors: Any = None,
        quote_via: Any = urllib.parse.quote_plus,
    ) -> str:
        _check_text_values(rt, query)
        return urllib.parse.urlencode(query, doseq, safe, encoding, errors, quote_via)

    exports["urlencode"] = _uncached(urlencode)
    return exports


@register("urllib")
def _urllib(rt: Runtime) -> dict[str, Any]:
    return {}
