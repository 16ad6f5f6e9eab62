"""A small HTTP server on 127.0.0.1 for tests (a thread; random port), serving routes given
as functions of the request path."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


@dataclass
class Reply:
    """What a route answers: status, headers and body (sent in `chunks`, with `pause`
    seconds before each chunk after the first)."""

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict[str, str])
    chunks: list[bytes] = field(default_factory=list[bytes])
    pause: float = 0.0


Route = Callable[[str], Reply]


@dataclass
class Server:
    """A running test server."""

    host: str
    port: int
    requests: list[str]
    """The paths requested, in order."""

    def url(self, path: str = "/") -> str:
        return f"http://{self.host}:{self.port}{path}"


@contextmanager
def serve(route: Route) -> Iterator[Server]:
    """Serve `route` on 127.0.0.1 until the block ends."""
    stop = threading.Event()
    requests: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requests.append(self.path)
            reply = route(self.path)
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            if "Content-Length" not in reply.headers:
                self.send_header("Content-Length", str(sum(len(c) for c in reply.chunks)))
            self.end_headers()
            for i, chunk in enumerate(reply.chunks):
                if i and reply.pause and stop.wait(reply.pause):
                    return
                try:
                    self.wfile.write(chunk)
                    self.wfile.flush()
                except OSError:  # the client went away (it hit a limit)
                    return

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Server("127.0.0.1", server.server_address[1], requests)
    finally:
        stop.set()
        server.shutdown()
        server.server_close()
        thread.join(5)


def serve_directory(root: Path) -> Route:
    """A route serving the files under `root` (`/` is `index.html`), 404 for the rest."""
    resolved = root.resolve()

    def route(path: str) -> Reply:
        name = path.split("?", 1)[0].lstrip("/") or "index.html"
        target = (resolved / name).resolve()
        if not target.is_relative_to(resolved) or not target.is_file():
            return Reply(404, {"Content-Type": "text/plain"}, [b"not found"])
        kind = "text/html; charset=utf-8" if target.suffix == ".html" else "text/plain"
        return Reply(200, {"Content-Type": kind}, [target.read_bytes()])

    return route
