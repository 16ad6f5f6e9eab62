"""An agent that answers a question about a website by fetching its pages.

    uv run python -m examples.web_scraper
    uv run --with 'pydantic-ai-slim[openai]' python -m examples.web_scraper \\
        --model openai:gpt-4.1 --url https://example.com/ --question 'What is this site for?'

The model gets one tool, `run_code` (CodeMode), and writes Python that awaits
`fetch_page(url=...)`: a host tool built from `monty_tools.fetch.Fetcher` (HTTP GET that
refuses private and loopback addresses, with size and time limits) and
`monty_tools.html.extract` (readable text and absolute links).

Offline (the default), the bundled site in examples/data/site/ is served on 127.0.0.1 on a
random port, the fetcher allows loopback for that host and port only, and a scripted model
writes the code. With `--url`, the start page is a real one and private addresses stay
refused.
"""

from __future__ import annotations

import argparse
import functools
import re
import sys
import threading
from collections.abc import Awaitable, Callable, Generator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import anyio
from monty_tools.fetch import Fetcher
from monty_tools.html import Link, extract
from pydantic import BaseModel, Field
from pydantic_ai import Agent
from rich.console import Console

from monty_agent.pydantic_ai import CodeMode

from ._display import Trace
from ._runner import add_model_option, model_or_exit, run_and_show, scripted_model

SITE = Path(__file__).parent / "data" / "site"
QUESTION = (
    "Which Crumb & Co. shop opens earliest on Sundays, and what does a country sourdough cost?"
)
INSTRUCTIONS = """\
You answer questions about a website. Use the run_code tool: its Python code can await
fetch_page(url=...), which returns the page's title, readable text (one line per paragraph,
heading, list item or table cell) and absolute links. Fetch pages concurrently with
asyncio.gather when you need several. Start from {url}. Answer briefly, with the facts you
found and where."""


class WebPage(BaseModel):
    """A fetched web page, as readable text."""

    url: str = Field(description="The final URL, after redirects.")
    status: int = Field(description="The HTTP status code.")
    title: str
    text: str = Field(description="The visible text, one line per paragraph, heading or cell.")
    links: list[Link] = Field(description="The page's links (absolute URLs, each once).")
    truncated: bool = Field(description="True if the page was cut at the size limit.")


def page_tool(fetcher: Fetcher) -> Callable[[str], Awaitable[WebPage]]:
    """The `fetch_page` tool over `fetcher`."""

    async def fetch_page(url: str) -> WebPage:
        """Fetch a web page (http or https, public hosts only) and return its title,
        readable text and links."""
        page = await fetcher.fetch(url)
        if page.content_type in ("text/html", "application/xhtml+xml"):
            content = extract(page.text, page.url)
            title, text, links = content.title, content.text, content.links
        else:
            title, text, links = "", page.text, []
        return WebPage(
            url=page.url,
            status=page.status,
            title=title,
            text=text,
            links=links,
            truncated=page.truncated,
        )

    return fetch_page


def build_agent(model: Any, fetcher: Fetcher, start_url: str, trace: Trace) -> Agent[None, str]:
    """The agent: CodeMode over the `fetch_page` tool."""
    agent = Agent(
        model,
        instructions=INSTRUCTIONS.format(url=start_url),
        capabilities=[CodeMode(max_tool_calls=30), trace],
    )
    agent.tool_plain(page_tool(fetcher))
    return agent


# -- the scripted model: the code an LLM would write for QUESTION on the bundled site ------


def _explore(start_url: str) -> str:
    return f"""\
home = await fetch_page(url={start_url!r})
print(home.title)
[(link.text, link.url) for link in home.links]"""


def _read_shops_and_menu(results: list[Any]) -> str:
    links = dict(results[0]["result"])  # what the first snippet returned: (text, url) pairs
    return f"""\
import re

shops_page, menu = await asyncio.gather(
    fetch_page(url={links["Our shops"]!r}), fetch_page(url={links["Menu"]!r})
)
shop_pages = await asyncio.gather(
    *(fetch_page(url=link.url) for link in shops_page.links if "/shops/" in link.url)
)


def opens_at(hours):
    match = re.match(r"(\\d+):(\\d+)", hours)
    return int(match[1]) * 60 + int(match[2]) if match else None


sunday = {{}}
for page in shop_pages:
    lines = page.text.splitlines()
    sunday[page.title.split(" — ")[0]] = lines[lines.index("Sunday") + 1]

open_on_sunday = [name for name, hours in sunday.items() if opens_at(hours) is not None]
menu_lines = menu.text.splitlines()
{{
    "sunday": sunday,
    "earliest": min(open_on_sunday, key=lambda name: opens_at(sunday[name])),
    "sourdough": menu_lines[menu_lines.index("Country sourdough") + 1],
}}"""


def _answer(results: list[Any]) -> str:
    found = results[-1]
    hours = "; ".join(f"{shop}: {h}" for shop, h in found["sunday"].items())
    earliest = found["earliest"]
    return (
        f"{earliest} opens earliest on Sundays ({found['sunday'][earliest]}). "
        f"Sunday hours: {hours}. A country sourdough costs {found['sourdough']}."
    )


def scripted(start_url: str) -> Any:
    """The scripted stand-in for an LLM, for QUESTION on the bundled site."""
    return scripted_model([lambda _: _explore(start_url), _read_shops_and_menu], _answer)


# -- running it ----------------------------------------------------------------------------


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serve_site(root: Path = SITE) -> Generator[str]:
    """Serve `root` on 127.0.0.1 on a random port; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


async def main(argv: list[str] | None = None, console: Console | None = None) -> str:
    """Run the example; returns the answer."""
    parser = argparse.ArgumentParser(
        prog="python -m examples.web_scraper", description=(__doc__ or "").split("\n\n")[0]
    )
    add_model_option(parser)
    parser.add_argument(
        "--url", help="a real start page (default: the bundled site, served locally)"
    )
    parser.add_argument("--question", default=QUESTION, help="what to ask")
    args = parser.parse_args(argv)
    console = console or Console()
    if args.url is None and args.model is None and args.question != QUESTION:
        parser.error("the scripted model only knows the default question: give --model too")
    if args.url is not None and args.model is None:
        parser.error("--url needs --model: the scripted model only knows the bundled site")
    trace = Trace()
    with serve_site() as local_url:
        if args.url is None:
            start_url = local_url
            host = re.sub(r"^http://|/$", "", local_url)
            fetcher = Fetcher(allowed_hosts=[host])  # loopback for our own server only
        else:
            start_url, fetcher = args.url, Fetcher()
        model = model_or_exit(args.model, scripted(start_url), console, "web_scraper")
        agent = build_agent(model, fetcher, start_url, trace)
        result = await run_and_show(agent, args.question, trace, console)
    return result.output


if __name__ == "__main__":
    anyio.run(main, sys.argv[1:])
