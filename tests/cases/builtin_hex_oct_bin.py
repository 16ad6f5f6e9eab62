for n in [0, 7, 255, -42, 2 ** 40]:
    print(n, hex(n), oct(n), bin(n))
print(int(hex(255), 16), int(oct(8), 8), int(bin(5), 2), int("0x1f", 0), int("0o17", 0))
print(int("ff", 16), int("Z", 36), int("1010", base=2), int("-0b11", 0))
print(bin(10).count("1"), len(bin(1023)) - 2, hex(0xDEAD_BEEF))
try:
    hex(3.0)
except TypeError as err:
    print("caught", type(err).__name__)
    last_error = err.args
last_error
