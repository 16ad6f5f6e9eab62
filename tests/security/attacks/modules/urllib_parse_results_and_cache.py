# attack: urllib.parse results (_make over an endless iterable, class internals) and its process-wide urlsplit cache
import urllib.parse, itertools
found = []
r = urllib.parse.urlsplit("http://a.example/" + "p" * 5000)
for obj, name in [(r, "_make"), (urllib.parse.urlsplit, "cache_info"), (urllib.parse.urlsplit, "__wrapped__"),
                  (urllib.parse, "_parse_cache"), (urllib.parse, "urlopen"), (urllib, "request")]:
    try:
        found.append(getattr(obj, name))
    except AttributeError:
        pass
try:
    type(r)._make(itertools.count())
except (AttributeError, TypeError):
    pass
print(r.hostname, len(r.path), found)
found
