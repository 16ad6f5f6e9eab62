b = bytes([72, 105, 33])
print(b, bytes(3), bytes("héllo", "utf-8"), bytes(range(65, 70)), b"ab" + b"cd")
print(b[0], b[-1], b[1:], list(b), b * 2, b"i" in b, 105 in b)
print(b.hex(), bytes.fromhex("48 65 6c"), b"a,b,c".split(b","), b"  x ".strip())
print(b.decode(), b"caf\xc3\xa9".decode("utf-8"), b.upper(), b.replace(b"!", b"?"))
print(b"abc".startswith(b"ab"), b"hello".find(b"l"), b"hello".count(b"l"), b"-".join([b"a", b"b"]))
ba = bytearray(b"hello")
ba[0] = ord("J")
ba.append(33)
ba.extend(b"??")
del ba[-1]
print(ba, len(ba), bytes(ba), ba.pop(), ba)
ba[1:3] = b"EE"
print(ba, ba.decode(), bytearray(2), bytearray([1, 2]) == b"\x01\x02")
b[0] = 1
