# attack: bytearray.hex called through map() on the class, three times over a big buffer
# limits: max_duration=2 max_memory=100000000
b = bytearray(3 * 10**7)
out = list(map(bytearray.hex, [b, b, b], ":::"))
print(sum(len(x) for x in out))
