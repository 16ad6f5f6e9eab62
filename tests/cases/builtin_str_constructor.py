print(str(), str(42), str(-3.5), str(None), str(True), str([1, "a"]), str({"k": 1.0}))
print(str(b"abc"), str(b"abc", "utf-8"), str(bytearray(b"x\xc3\xa9"), "utf-8"), str(b"\xff", "latin-1"))
print(str(1e22), str(1e-7), str(0.1), str(100.0), str(2 ** 100), str(1 + 2j))
print(str(range(2)), str((1,)), str(str), str(int))
print(repr(str("x")), str("x") is not None, type(str(5)).__name__)
try:
    str(b"\xff", "utf-8")
    status = "ok"
except UnicodeDecodeError as e:
    status = ("error", str(e))
status
