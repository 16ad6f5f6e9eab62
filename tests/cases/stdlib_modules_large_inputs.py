# The text and data modules on inputs past the sandbox's "small" size (4 KiB), where their
# size and time guards apply, give CPython's results.
import base64
import binascii
import copy
import csv
import difflib
import hashlib
import html
import io
import pprint
import textwrap
import unicodedata
import urllib.parse

words = " ".join(f"word{i % 97}-part{i % 7}" for i in range(20_000))
lines = textwrap.wrap(words, 60)
print(len(words), len(lines), lines[0], lines[-1])
print(len(textwrap.fill(words + "\t" * 10, 40, tabsize=16)), textwrap.shorten(words, 50))
block = "\n".join("    " + line for line in lines[:2000])
print(len(textwrap.dedent(block)), textwrap.dedent(block)[:30], len(textwrap.indent(block, ">> ")))
row = ",".join(f"f{i}" for i in range(5000))
parsed = list(csv.reader([row, row.replace(",", ";")]))
print(len(parsed[0]), len(parsed[1]), parsed[0][-1])
out = io.StringIO()
w = csv.writer(out)
w.writerow(['q"' * 3000, "x" * 5000])
w.writerows([[i, str(i) * 100] for i in range(100)])
print(len(out.getvalue()), out.getvalue()[:10])
out.seek(0)
print(len(list(csv.reader(out))), len(list(csv.DictReader(io.StringIO("a,b\n" + "1,2\n" * 10_000)))))
s = io.StringIO("\n".join(lines))
print(len(s.readlines()), s.seek(0), len(s.readlines(5000)), len(list(s)))
s.seek(10_000)
s.write("z" * 10_000)
s.seek(len(s.getvalue()) + 5000)
s.write("end")
print(len(s.getvalue()), s.getvalue().count("\x00"))
s2 = io.StringIO()
s2.writelines(line + "\n" for line in lines)
print(len(s2.getvalue()), io.BytesIO(b"x" * 10_000).read(5))
blob = bytes(range(256)) * 400
print(len(base64.b64encode(blob)), len(base64.a85encode(blob)), len(base64.b85encode(blob)), len(base64.encodebytes(blob)))
print(base64.b64decode(base64.b64encode(blob)) == blob, len(binascii.hexlify(blob, ":")), binascii.crc32(blob))
print(hashlib.sha256(blob * 50).hexdigest()[:16], hashlib.sha3_256(blob * 50).hexdigest()[:16], hashlib.shake_128(blob).hexdigest(5000)[:8])
print(len(html.escape("<&>" * 5000)), len(html.unescape("&lt;&amp;" * 5000)))
print(len(unicodedata.normalize("NFKD", "\ufb01\u00e9" * 5000)), len(unicodedata.normalize("NFC", "e\u0301" * 5000)))
print(len(urllib.parse.quote("é /" * 5000)), len(urllib.parse.urlsplit("http://h/" + "p" * 10_000).path))
print(len(urllib.parse.urlencode({f"k{i}": "v" * i for i in range(200)})))
sm = difflib.SequenceMatcher(None, lines[:300], lines[10:310])
print(round(sm.ratio(), 4), len(list(difflib.unified_diff(lines[:500], lines[5:505]))))
big = {"rows": [{"id": i, "tags": ["a", "b"], "name": "n" * 20} for i in range(3000)]}
text = pprint.pformat(big, width=60)
print(len(text), text[:40].replace("\n", "|"))
dup = copy.deepcopy(big)
print(dup == big, dup["rows"][0] is not big["rows"][0], len(copy.copy(big["rows"])))
