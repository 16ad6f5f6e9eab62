# attack: bytes(n), bytearray(n), int.to_bytes with huge sizes
# limits: max_duration=1 max_memory=100000000
# expect: MemoryError
print(len(bytes(10**10)))
print(len(bytearray(10**10)))
print(len((1).to_bytes(10**10, 'big')))
