print(int(), int(3.99), int(-3.99), int(True), int("42"), int("  -7\n"), int("1_000_000"))
print(int("101", 2), int("777", 8), int("ff", 16), int("zz", 36), int("0b101", 0), int("0XFF", 0))
print(int(2.5e10), int(-0.0), int(10 ** 20 + 0.0), int(b"12"), int(bytearray(b"34")))
print(type(int("5")).__name__, isinstance(int("5"), int), int.__name__)
for bad in ["1e3", "1__0", "_1", "0x10", "12.0", "08"]:
    try:
        print(int(bad))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("08", 0)
except ValueError as e:
    print("ValueError:", e)
int("123", 2)
