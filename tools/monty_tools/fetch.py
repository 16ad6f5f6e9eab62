"""`Fetcher`: HTTP GET for sandboxed code, refusing the host's own network.

A model that can make the host fetch URLs can make it fetch `http://169.254.169.254/` (a
cloud's metadata service), `http://localhost:8080/admin` or a printer on the office network:
server-side request forgery. `Fetcher` refuses every address that is not a public unicast
one (private, loopback, link-local, multicast, reserved, unspecified, shared and
documentation ranges, and the same addresses embedded in IPv6) unless the host allows it:

- `allow_private=True` lifts the check (for a trusted intranet tool);
- `allowed_hosts={'127.0.0.1:8000', 'wiki.internal'}` lifts it for those hosts only (with a
  port, for that port only).

The check happens where the connection is made, in httpx's network layer: the host name is
resolved once, **every** address it resolves to is checked, and the connection goes to a
checked address. A DNS answer that changes between a check and the connection (DNS
rebinding) cannot slip past, and neither can a redirect: redirects are followed here, one at
a time (at most `max_redirects`), and each new connection is checked again. Proxies from the
environment are ignored.

The body is streamed and cut at `max_bytes` (`truncated=True`); the whole fetch, redirects
included, is bounded by `timeout` seconds.

>>> from monty_tools.fetch import Fetcher
>>> fetcher = Fetcher(max_bytes=100_000, timeout=5.0)
>>> tools = [fetcher.fetch]  # e.g. `agent.tool_plain(fetcher.fetch)`
"""

from __future__ import annotations

import functools
import ipaddress
import socket
import ssl
import zlib
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from typing import Any, cast

import anyio
import httpcore
import httpx
from pydantic import BaseModel, Field

__all__ = ["BlockedAddressError", "FetchError", "Fetcher", "Page", "is_public_address"]

#: Redirect statuses that carry a `Location` to follow.
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_TEXT_TYPES = ("text/", "application/json", "application/xml", "application/xhtml+xml")
_TEXT_SUFFIXES = ("+json", "+xml")


class Page(BaseModel):
    """What a fetch returned."""

    url: str = Field(description="The final URL, after redirects.")
    status: int = Field(description="The HTTP status code.")
    content_type: str = Field(description="The media type, e.g. 'text/html' ('' if not given).")
    text: str = Field(
        description="The body decoded as text ('' for a body that is not text, e.g. an image)."
    )
    truncated: bool = Field(description="True if the body was cut at the size limit.")


class FetchError(Exception):
    """A fetch that could not be done (bad URL, refused address, too many redirects,
    timeout, connection failure). The message says which."""


class BlockedAddressError(FetchError):
    """The URL's host is, or resolves to, an address the fetcher may not connect to."""


def is_public_address(address: str) -> bool:
    """Whether `address` (an IP address) is a public unicast address: not private,
    loopback, link-local, multicast, reserved, unspecified or shared, including IPv4
    addresses embedded in IPv6 (mapped, 6to4, Teredo).

    >>> is_public_address('93.184.216.34'), is_public_address('10.1.2.3')
    (True, False)
    >>> is_public_address('::ffff:127.0.0.1'), is_public_address('169.254.169.254')
    (False, False)
    """
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone (fe80::1%eth0)
    if isinstance(ip, ipaddress.IPv6Address):
        embedded: list[ipaddress.IPv4Address] = []
        if ip.ipv4_mapped is not None:
            embedded.append(ip.ipv4_mapped)
        if ip.sixtofour is not None:
            embedded.append(ip.sixtofour)
        if ip.teredo is not None:
            embedded.extend(ip.teredo)
        if any(not is_public_address(str(inner)) for inner in embedded):
            return False
        if ip in _NAT64 and not is_public_address(str(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))):
            return False
    return ip.is_global and not ip.is_multicast and not ip.is_reserved


_NAT64 = ipaddress.ip_network("64:ff9b::/96")


@dataclass(frozen=True)
class _Policy:
    allow_private: bool
    allowed_hosts: frozenset[str]

    def allows_host(self, host: str, port: int) -> bool:
        host = host.lower().strip("[]")
        return (
            self.allow_private
            or host in self.allowed_hosts
            or (f"{_bracket(host)}:{port}" in self.allowed_hosts)
        )


def _bracket(host: str) -> str:
    return f"[{host}]" if ":" in host else host


class _GuardedBackend(httpcore.AsyncNetworkBackend):
    """httpcore's network backend with the address check: resolve, check every address,
    connect to a checked one."""

    def __init__(self, policy: _Policy) -> None:
        self.policy = policy
        # anyio's backend (asyncio and trio alike); httpcore defines it conditionally.
        self.inner = cast("httpcore.AsyncNetworkBackend", httpcore.AnyIOBackend())

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        addresses = await _resolve(host, port)
        if not self.policy.allows_host(host, port):
            blocked = [a for a in addresses if not is_public_address(a)]
            if blocked:
                shown = host if blocked == [host] else f"{host} (it resolves to {blocked[0]})"
                raise BlockedAddressError(
                    f"refused to connect to {shown}: not a public address (private, loopback, "
                    "link-local and reserved addresses are not allowed)"
                )
        return await self.inner.connect_tcp(
            addresses[0],
            port,
            timeout=timeout,
            local_address=local_address,
            socket_options=socket_options,
        )

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise BlockedAddressError("refused to connect to a unix socket")

    async def sleep(self, seconds: float) -> None:
        await anyio.sleep(seconds)


async def _resolve(host: str, port: int) -> list[str]:
    """The addresses `host` resolves to, in the resolver's order, without duplicates."""
    try:
        infos = await anyio.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise FetchError(f"cannot resolve host {host!r}: {exc}") from None
    addresses: list[str] = []
    for info in infos:
        address = str(info[4][0])
        if address not in addresses:
            addresses.append(address)
    if not addresses:
        raise FetchError(f"host {host!r} has no address")
    return addresses


class _GuardedTransport(httpx.AsyncHTTPTransport):
    """httpx's transport on the guarded backend (no proxy, no environment settings)."""

    def __init__(self, policy: _Policy) -> None:
        ssl_context = _ssl_context()
        super().__init__(verify=ssl_context, trust_env=False)
        # The public constructor has no `network_backend`: swap the pool for one that has.
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=ssl_context, network_backend=_GuardedBackend(policy)
        )


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    """The TLS settings (certifi's CA bundle), loaded once: loading takes ~0.1 s."""
    return httpx.create_ssl_context(trust_env=False)


@dataclass(kw_only=True)
class Fetcher:
    """HTTP GET for sandboxed code: public addresses only (unless allowed), bounded size
    and time, redirects followed and checked one at a time.

    Give `fetcher.fetch` to an agent or a sandbox as a tool.
    """

    allow_private: bool = False
    """Allow every address, private and loopback ones included."""
    allowed_hosts: Collection[str] = ()
    """Hosts allowed even when they are not public: `'name'`, `'127.0.0.1'`, or with a port
    (`'127.0.0.1:8000'`, `'[::1]:8000'`) for that port only."""
    max_bytes: int = 1_000_000
    """How much of a body to read; the rest is dropped and `truncated` is set."""
    timeout: float = 10.0
    """Seconds for the whole fetch, redirects and body included."""
    max_redirects: int = 5
    """How many redirects to follow."""
    user_agent: str = "monty-tools-fetch/0.1"
    """The `User-Agent` header sent."""
    _policy: _Policy = field(init=False, repr=False)

    def __post_init__(self) -> None:
        if self.max_bytes < 1:
            raise ValueError("max_bytes must be at least 1")
        if self.timeout <= 0:
            raise ValueError("timeout must be positive")
        if self.max_redirects < 0:
            raise ValueError("max_redirects must be at least 0")
        self._policy = _Policy(self.allow_private, frozenset(h.lower() for h in self.allowed_hosts))

    async def fetch(self, url: str) -> Page:
        """Fetch a web page with HTTP GET; returns its final URL, status, content type and
        text (cut at a size limit: then `truncated` is true). Only http and https URLs of
        public hosts can be fetched."""
        try:
            with anyio.fail_after(self.timeout):
                return await self._fetch(url)
        except TimeoutError:
            raise FetchError(f"fetching {url} took longer than {self.timeout:g} seconds") from None

    async def _fetch(self, url: str) -> Page:
        current = _parse_url(url)
        headers = {"User-Agent": self.user_agent, "Accept-Encoding": "identity"}
        async with httpx.AsyncClient(
            transport=_GuardedTransport(self._policy),
            headers=headers,
            follow_redirects=False,
            trust_env=False,
            timeout=None,  # the whole fetch is bounded by `fail_after`
        ) as client:
            for _ in range(self.max_redirects + 1):
                try:
                    async with client.stream("GET", current) as response:
                        location = response.headers.get("location")
                        if response.status_code in _REDIRECTS and location:
                            current = _parse_url(str(current.join(location)))
                            continue
                        return await self._read(response)
                except httpx.HTTPError as exc:
                    raise FetchError(
                        f"fetching {current} failed: {exc or type(exc).__name__}"
                    ) from None
        raise FetchError(f"fetching {url}: more than {self.max_redirects} redirects")

    async def _read(self, response: httpx.Response) -> Page:
        """The page, with the body read up to one byte past the cap (so a body of exactly
        `max_bytes` is not called truncated) and decompressed chunk by chunk within the cap
        (a compressed bomb cannot blow up in memory)."""
        decoder = _decoder(response.headers.get("content-encoding", ""))
        body = bytearray()
        async for chunk in response.aiter_raw():
            room = self.max_bytes + 1 - len(body)
            try:
                body += decoder.decompress(chunk, room) if decoder else chunk[:room]
            except zlib.error as exc:
                raise FetchError(
                    f"fetching {response.url}: a corrupt compressed body ({exc})"
                ) from None
            if len(body) > self.max_bytes:
                break
        truncated = len(body) > self.max_bytes
        content_type = response.headers.get("content-type", "")
        media_type = content_type.split(";", 1)[0].strip().lower()
        return Page(
            url=str(response.url),
            status=response.status_code,
            content_type=media_type,
            text=_decode(bytes(body[: self.max_bytes]), response.charset_encoding, media_type),
            truncated=truncated,
        )


def _decoder(encoding: str) -> Any:
    """A zlib decompressor for a gzip or deflate body (None for an uncompressed one: we ask
    for `identity`, but a server may compress anyway)."""
    encoding = encoding.strip().lower()
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    if encoding == "deflate":
        return zlib.decompressobj()
    if encoding in ("", "identity"):
        return None
    raise FetchError(f"unsupported content encoding {encoding!r}")


def _parse_url(url: str) -> httpx.URL:
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise FetchError(f"invalid URL {url!r}: {exc}") from None
    if parsed.scheme not in ("http", "https"):
        raise FetchError(f"invalid URL {url!r}: only http and https URLs can be fetched")
    if not parsed.host:
        raise FetchError(f"invalid URL {url!r}: it has no host")
    return parsed


def _decode(body: bytes, charset: str | None, media_type: str) -> str:
    is_text = (
        media_type == ""
        or media_type.startswith(_TEXT_TYPES)
        or media_type.endswith(_TEXT_SUFFIXES)
    )
    if not is_text:
        return ""
    try:
        return body.decode(charset or "utf-8", errors="replace")
    except LookupError:  # an unknown charset name
        return body.decode("utf-8", errors="replace")
