# attack: bytes.hex(sep) triples a big bytes object in one C call
# limits: max_duration=1 max_memory=100000000
b = bytes(8 * 10**7)
print(len(b.hex(':')))
