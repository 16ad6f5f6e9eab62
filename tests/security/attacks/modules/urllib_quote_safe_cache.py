# attack: urllib.parse.quote caches a quoter per `safe` string process-wide: park big data in the host for later runs
import urllib.parse
for i in range(5):
    urllib.parse.quote("x", safe=str(i) * 2_000_000)
print(urllib.parse.quote("a b"), urllib.parse.urlencode({"k": "v w"}, safe="/" * 10_000))
