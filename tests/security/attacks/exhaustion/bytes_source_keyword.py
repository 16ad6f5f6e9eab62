# attack: bytes(source=n) / bytearray(source=n) with a huge size, by keyword (the size check looked at positional arguments only)
# limits: max_duration=1 max_memory=50000000
# expect: MemoryError
b = bytes(source=3 * 10**8)
c = bytearray(source=3 * 10**8)
print(len(b) + len(c))
