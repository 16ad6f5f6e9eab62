# attack: urllib.parse NFKC-normalizes a non-ASCII netloc in one C call (U+FDFA becomes 18 characters)
# limits: max_duration=2 max_memory=150000000
# expect: MemoryError
import urllib.parse
print(urllib.parse.urlsplit("http://" + "\ufdfa" * 3_000_000 + "/p").netloc[:3])
