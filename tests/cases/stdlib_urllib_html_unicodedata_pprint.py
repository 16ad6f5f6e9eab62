# urllib.parse, html, unicodedata and pprint: CPython's results.
import html
import pprint
import unicodedata
import urllib.parse
from urllib.parse import parse_qs, quote, urlencode, urljoin, urlparse

u = urlparse("https://user:pw@Example.COM:8443/a/b;p?q=1&r=two#frag")
print(u, u.scheme, u.netloc, u.hostname, u.port, u.username, u.password, u.geturl())
print(u._replace(path="/x").geturl(), u._asdict()["query"], u._fields, tuple(u)[:2])
s = urllib.parse.urlsplit("http://h/p?x=1#f")
print(s, urllib.parse.urlunsplit(s), urllib.parse.urlunparse(("http", "h", "/p", "", "a=1", "")))
print(urljoin("http://a/b/c/d", "../g"), urljoin("http://a/b/", "//x/y"), urllib.parse.urldefrag("http://a/b#c"))
print(parse_qs("a=1&a=2&b=&c", keep_blank_values=True), urllib.parse.parse_qsl("x=1;y=2", separator=";"))
print(quote("a b/c?d=é"), urllib.parse.quote_plus("a b&c"), urllib.parse.unquote("%7Ea%20b%C3%A9"), urllib.parse.unquote_plus("a+b%21"))
print(urllib.parse.quote_from_bytes(b"\x00ab"), urllib.parse.unquote_to_bytes("%00a"), quote("/~x", safe=""))
print(urlencode({"q": "a b", "n": 1, "l": [1, 2]}), urlencode([("a", "1"), ("a", "2")]), urlencode({"l": [1, 2]}, doseq=True))
print(urlencode({"x": "y z"}, quote_via=quote), urlparse(b"http://h/p").hostname, urlparse("//h:99").port)
try:
    urlparse("http://h:99999").port
except ValueError as e:
    print(e)
print(html.escape("<a href='x'>&</a>"), html.escape('"q"', quote=False), html.unescape("&lt;&#62;&#x41;&amp;&eacute;&nosuch;&amp"))
for ch in "aé€1½\u0301":
    print(unicodedata.name(ch, "?"), unicodedata.category(ch), unicodedata.numeric(ch, None), unicodedata.combining(ch),
          unicodedata.bidirectional(ch), unicodedata.east_asian_width(ch), unicodedata.mirrored(ch), unicodedata.decomposition(ch))
print(unicodedata.lookup("GREEK SMALL LETTER ALPHA"), unicodedata.decimal("7"), unicodedata.digit("²"), unicodedata.unidata_version)
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    print(form, ascii(unicodedata.normalize(form, "ﬁé①")), unicodedata.is_normalized(form, "é"))
for bad in (lambda: unicodedata.name("\x00"), lambda: unicodedata.lookup("NO SUCH"), lambda: unicodedata.normalize("X", "a")):
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
data = {"name": "sandbox", "items": list(range(25)), "nested": {"k": [{"a": 1, "b": (2, 3)}], "s": {3, 1, 2}}, "long": "word " * 30}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2, compact=True)
pprint.pp({"b": 1, "a": 2})
print(pprint.pformat(data, indent=4, width=60, sort_dicts=False))
print(pprint.pformat(123456789, underscore_numbers=True), pprint.saferepr([1, "x"]), pprint.isreadable([1]), pprint.isrecursive([1]))
rec = [1]
rec.append(rec)
print(pprint.pformat(rec).split(" with id")[0], pprint.isrecursive(rec))
pp = pprint.PrettyPrinter(indent=2, width=30)
pp.pprint(data["nested"])
print(pp.pformat([["x" * 10] * 3]), pp.isreadable(data))
