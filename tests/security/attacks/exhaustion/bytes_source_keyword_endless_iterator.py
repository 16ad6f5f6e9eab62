# attack: bytes(source=huge C iterator) by keyword: consumed in C without ticks
# limits: max_duration=1 max_memory=200000000
print(len(bytes(source=map(bool, range(10**12)))))
print(len(bytearray(source=map(bool, range(10**12)))))
