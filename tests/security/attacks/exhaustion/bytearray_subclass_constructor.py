# attack: a sandbox subclass of bytearray/bytes constructs with a huge size, past the bytearray() guard
# limits: max_duration=1 max_memory=50000000
class B(bytearray):
    pass


class C(bytes):
    pass


b = B(3 * 10**8)
c = C(3 * 10**8)
print(len(b), len(c))
