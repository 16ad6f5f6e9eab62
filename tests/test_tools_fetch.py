"""`monty_tools.fetch.Fetcher`: fetching pages, and the attacks it must refuse (SSRF to
private, loopback, link-local and metadata addresses, directly or by redirect; oversize
and compressed bodies; slow servers).

Only 127.0.0.1 is ever connected to: `_no_outside_connections` makes any other connection
attempt fail the test before a packet is sent, so a broken guard cannot reach 10.x or
169.254.169.254 from here.
"""

from __future__ import annotations

import gzip
import importlib
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest
from http_server import Reply, Server, serve

if TYPE_CHECKING:
    from monty_tools.fetch import BlockedAddressError, Fetcher, FetchError, is_public_address

pytestmark = pytest.mark.anyio


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture(autouse=True, scope="module")
def _import_fetch() -> None:
    """Imported when these tests run, not at collection (see tests/test_codemode.py)."""
    module = importlib.import_module("monty_tools.fetch")
    names = ["BlockedAddressError", "FetchError", "Fetcher", "is_public_address"]
    globals().update({name: getattr(module, name) for name in names})


@pytest.fixture(autouse=True)
def _no_outside_connections(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every address the fetcher connects to; anything but loopback fails the test."""
    import httpcore

    connected: list[str] = []
    real = httpcore.AnyIOBackend.connect_tcp

    async def connect_tcp(self: Any, host: str, port: int, **kwargs: Any) -> Any:
        if host not in ("127.0.0.1", "::1"):
            raise AssertionError(f"the fetcher tried to connect to {host}:{port}")
        connected.append(host)
        return await real(self, host, port, **kwargs)

    monkeypatch.setattr(httpcore.AnyIOBackend, "connect_tcp", connect_tcp)
    return connected


PAGE = b"<html><title>Hi</title><p>hello</p></html>"


def _route(path: str) -> Reply:
    html = {"Content-Type": "text/html; charset=utf-8"}
    if path == "/":
        return Reply(200, html, [PAGE])
    if path == "/moved":
        return Reply(302, {"Location": "/"})
    if path.startswith("/to/"):
        return Reply(302, {"Location": path.removeprefix("/to/")})
    if path == "/loop":
        return Reply(302, {"Location": "/loop"})
    if path == "/big":
        return Reply(200, {"Content-Type": "text/plain"}, [b"x" * 100_000] * 20)
    if path == "/exact":
        return Reply(200, {"Content-Type": "text/plain"}, [b"y" * 1000])
    if path == "/bomb":
        body = gzip.compress(b"\0" * 50_000_000)
        return Reply(200, {"Content-Type": "text/plain", "Content-Encoding": "gzip"}, [body])
    if path == "/slow":
        return Reply(200, {"Content-Type": "text/plain"}, [b"a"] * 100, pause=0.5)
    if path == "/png":
        return Reply(200, {"Content-Type": "image/png"}, [b"\x89PNG\r\n\x1a\n"])
    if path == "/latin1":
        return Reply(
            200, {"Content-Type": "text/plain; charset=latin-1"}, ["café".encode("latin-1")]
        )
    return Reply(404, {"Content-Type": "text/plain"}, [b"not found"])


@pytest.fixture
def server() -> Iterator[Server]:
    with serve(_route) as running:
        yield running


@pytest.fixture
def fetcher(server: Server) -> Fetcher:
    return Fetcher(allowed_hosts=[f"127.0.0.1:{server.port}"], max_bytes=1000, timeout=5)


async def test_fetches_a_page_from_an_allowed_host(fetcher: Fetcher, server: Server) -> None:
    page = await fetcher.fetch(server.url("/moved"))
    assert page.url == server.url("/")
    assert (page.status, page.content_type, page.truncated) == (200, "text/html", False)
    assert page.text == PAGE.decode()
    assert server.requests == ["/moved", "/"]


async def test_status_charset_and_binary_bodies(fetcher: Fetcher, server: Server) -> None:
    missing = await fetcher.fetch(server.url("/nope"))
    assert (missing.status, missing.text) == (404, "not found")
    assert (await fetcher.fetch(server.url("/latin1"))).text == "café"
    image = await fetcher.fetch(server.url("/png"))
    assert (image.content_type, image.text) == ("image/png", "")


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:{port}/",
        "http://localhost:{port}/",
        "http://[::1]:{port}/",
        "http://[::ffff:127.0.0.1]:{port}/",
        "http://0.0.0.0:{port}/",
        "http://2130706433:{port}/",  # 127.0.0.1 as one number
        "http://10.0.0.1/",
        "http://192.168.1.1/",
        "http://172.16.0.1/",
        "http://100.64.0.1/",  # shared address space
        "http://169.254.169.254/latest/meta-data/",  # cloud metadata
        "http://[fe80::1]/",
        "http://[fd00::1]/",
        "http://224.0.0.1/",
        "http://240.0.0.1/",
        "http://[64:ff9b::7f00:1]/",  # NAT64 of 127.0.0.1
    ],
)
async def test_private_addresses_are_refused_by_default(
    url: str, server: Server, _no_outside_connections: list[str]
) -> None:
    with pytest.raises(BlockedAddressError, match="not a public address"):
        await Fetcher().fetch(url.format(port=server.port))
    assert server.requests == [] and _no_outside_connections == []


async def test_a_redirect_to_a_private_address_is_refused(
    fetcher: Fetcher, server: Server, _no_outside_connections: list[str]
) -> None:
    for target in ["http://10.0.0.1/admin", "http://169.254.169.254/", "http://[::1]/"]:
        with pytest.raises(BlockedAddressError):
            await fetcher.fetch(server.url(f"/to/{target}"))
    # an allowed host on another port is another host
    with pytest.raises(BlockedAddressError):
        await fetcher.fetch(server.url(f"/to/http://127.0.0.1:{server.port + 1}/"))
    assert all(path.startswith("/to/") for path in server.requests)


async def test_every_resolved_address_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    """A name with one public and one private address (or a rebinding DNS answer) is
    refused: the check covers every address, and the connection goes to a checked one."""
    import monty_tools.fetch as fetch_module

    async def resolve(host: str, port: int) -> list[str]:
        return ["93.184.216.34", "10.0.0.7"]

    monkeypatch.setattr(fetch_module, "_resolve", resolve)
    with pytest.raises(BlockedAddressError, match=r"it resolves to 10\.0\.0\.7"):
        await Fetcher().fetch("http://rebind.example/")


async def test_allow_private_and_allowed_hosts(server: Server) -> None:
    assert (await Fetcher(allow_private=True).fetch(server.url())).status == 200
    assert (await Fetcher(allowed_hosts=["127.0.0.1"]).fetch(server.url())).status == 200
    with pytest.raises(BlockedAddressError):
        await Fetcher(allowed_hosts=["localhost"]).fetch(server.url())


async def test_redirects_are_capped(fetcher: Fetcher, server: Server) -> None:
    with pytest.raises(FetchError, match="more than 5 redirects"):
        await fetcher.fetch(server.url("/loop"))
    assert len(server.requests) == 6
    no_redirects = Fetcher(allow_private=True, max_redirects=0)
    with pytest.raises(FetchError, match="more than 0 redirects"):
        await no_redirects.fetch(server.url("/moved"))


async def test_an_oversize_body_is_cut(fetcher: Fetcher, server: Server) -> None:
    page = await fetcher.fetch(server.url("/big"))
    assert (len(page.text), page.truncated) == (1000, True)
    exact = await fetcher.fetch(server.url("/exact"))
    assert (len(exact.text), exact.truncated) == (1000, False)


async def test_a_compression_bomb_is_cut_while_decompressing(
    fetcher: Fetcher, server: Server
) -> None:
    page = await fetcher.fetch(server.url("/bomb"))
    assert (len(page.text), page.truncated) == (1000, True)


async def test_a_slow_server_hits_the_time_limit(server: Server) -> None:
    fetcher = Fetcher(allow_private=True, timeout=0.5)
    start = time.monotonic()
    with pytest.raises(FetchError, match=r"took longer than 0\.5 seconds"):
        await fetcher.fetch(server.url("/slow"))
    assert time.monotonic() - start < 3


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("file:///etc/passwd", "only http and https"),
        ("ftp://example.com/", "only http and https"),
        ("http:///nohost", "no host"),
        ("http://[::1/", "invalid URL"),
    ],
)
async def test_bad_urls_are_refused_clearly(url: str, message: str) -> None:
    with pytest.raises(FetchError, match=message):
        await Fetcher().fetch(url)


async def test_connection_failures_are_fetch_errors(server: Server) -> None:
    closed_port = server.port + 1 if server.port < 65535 else server.port - 1
    with pytest.raises(FetchError, match="failed"):
        await Fetcher(allow_private=True).fetch(f"http://127.0.0.1:{closed_port}/")


def test_public_address_table() -> None:
    public = ["93.184.216.34", "1.1.1.1", "2606:4700:4700::1111"]
    private = [
        "127.0.0.1", "10.1.2.3", "172.31.255.255", "192.168.0.1", "169.254.169.254",
        "100.64.0.1", "0.0.0.0", "255.255.255.255", "224.0.0.1", "::1", "::", "fe80::1%eth0",
        "fd12::1", "ff02::1", "::ffff:10.0.0.1", "2002:7f00:1::", "64:ff9b::a00:1",
        "192.0.2.1", "198.18.0.1",
    ]  # fmt: skip
    assert [a for a in public if not is_public_address(a)] == []
    assert [a for a in private if is_public_address(a)] == []


def test_bad_settings_are_refused() -> None:
    for kwargs in [{"max_bytes": 0}, {"timeout": 0}, {"max_redirects": -1}]:
        with pytest.raises(ValueError):
            Fetcher(**kwargs)
