text = "naïve café"
print(text.encode("utf-8"))
print(text.encode("ascii", errors="replace"))
print(text.encode("ascii", errors="ignore"))
data = "héllo".encode("latin-1")
print(data, data.decode("latin-1"))
print(data.decode("utf-8", errors="replace"))
try:
    data.decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.reason)
text.encode("ascii")
