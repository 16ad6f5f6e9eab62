"""`monty_tools.html.extract`: readable text, title and links of HTML pages."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from monty_tools.html import extract


@pytest.fixture(autouse=True, scope="module")
def _import_html() -> None:
    globals()["extract"] = importlib.import_module("monty_tools.html").extract


PAGE = """<!doctype html>
<html><head><title>  The   Bakery </title><style>p { color: red }</style>
<script>document.write('hidden')</script></head>
<body>
<nav><a href="/">Home</a> | <a href="menu.html">Menu</a> | <a href="menu.html#cakes">Cakes</a></nav>
<h1>Welcome</h1>
<p>Fresh bread <em>every</em> morning.<br>Since 1921.</p>
<ul><li>Rye</li><li>Sourdough &amp; spelt</li></ul>
<table><tr><th>Day</th><th>Hours</th></tr><tr><td>Mon</td><td>7-18</td></tr></table>
<noscript>Enable JavaScript</noscript><template><p>never shown</p></template>
<a href="https://other.example/x?y=1">Elsewhere</a>
<a href="javascript:alert(1)">Click</a><a href="mailto:a@b.c">Mail</a><a href="">Self</a>
</body></html>"""


def test_title_text_and_links() -> None:
    page = extract(PAGE, "http://bakery.test/shop/index.html")
    assert page.title == "The Bakery"
    assert page.text.splitlines() == [
        "Home | Menu | Cakes",
        "Welcome",
        "Fresh bread every morning.",
        "Since 1921.",
        "Rye",
        "Sourdough & spelt",
        "Day",
        "Hours",
        "Mon",
        "7-18",
        "Elsewhere ClickMailSelf",
    ]
    assert [(link.url, link.text) for link in page.links] == [
        ("http://bakery.test/", "Home"),
        ("http://bakery.test/shop/menu.html", "Menu"),
        ("https://other.example/x?y=1", "Elsewhere"),
        ("http://bakery.test/shop/index.html", "Self"),
    ]


def test_base_href_and_link_cap() -> None:
    html = '<base href="/docs/">' + "".join(f'<a href="p{i}">{i}</a>' for i in range(10))
    page = extract(html, "https://site.test/a/b", max_links=3)
    assert [link.url for link in page.links] == [
        "https://site.test/docs/p0",
        "https://site.test/docs/p1",
        "https://site.test/docs/p2",
    ]


def test_broken_and_hostile_html() -> None:
    assert extract("").model_dump() == {"title": "", "text": "", "links": []}
    assert extract("<p>unclosed <b>bold <i>both").text == "unclosed bold both"
    deep = "<div>" * 50_000 + "bottom" + "</div>" * 50_000  # no recursion limit to hit
    assert extract(deep).text == "bottom"
    assert extract("<p>a\x00b</p>").text in ("ab", "a\ufffdb")


def test_the_package_reexports_its_tools_lazily() -> None:
    import monty_tools

    assert monty_tools.extract is extract
    assert {name: getattr(monty_tools, name).__name__ for name in monty_tools.__all__} == {
        name: name for name in monty_tools.__all__
    }
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        monty_tools.nope  # noqa: B018
