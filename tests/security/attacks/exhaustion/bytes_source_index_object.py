# attack: bytes(obj) where obj.__index__ returns a huge size (the size check looked at ints only)
# limits: max_duration=1 max_memory=50000000
# expect: MemoryError
class Size:
    def __index__(self):
        return 3 * 10**8


print(len(bytes(Size())) + len(bytearray(Size())))
