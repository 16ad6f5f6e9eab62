for n in [0, 1, 5, 255, 256, -1, -255, 2 ** 64]:
    print(n, n.bit_length(), n.bit_count(), abs(n).bit_length())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (255).to_bytes(1, "big"))
print((-1).to_bytes(2, "big", signed=True), (0).to_bytes(3, "big"), (65535).to_bytes(4, byteorder="little"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"), int.from_bytes(b"", "big"))
print((10).as_integer_ratio(), (7).conjugate(), (6).real, (6).imag, (6).numerator, (6).denominator)
print(int.from_bytes([1, 2], "big"), int.from_bytes(bytearray(b"\x01\x00"), "little"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-5).to_bytes(2, "big")
    status = "ok"
except OverflowError as e:
    status = ("error", str(e))
status
