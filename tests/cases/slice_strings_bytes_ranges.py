word = "racecar"
print(word == word[::-1], word[1:-1], word[3:4])
path = "/usr/local/lib/python3.11/site.py"
print(path[path.rfind("/") + 1:], path[: path.index("/", 1)])
raw = b"\x00\x01\x02\x03\x04\x05"
print(raw[1:4], raw[::2], raw[-1], raw[::-1])
r = range(0, 30, 3)
print(r[2:5], r[::-1], r[-1], list(r[1::4]))
ba = bytearray(b"hello")
ba[0:1] = b"J"
print(ba, ba[1:3])
(r[2:5].start, r[2:5].stop, r[2:5].step)
