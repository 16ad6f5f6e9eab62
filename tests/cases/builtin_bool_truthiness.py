values = [0, 1, -1, 0.0, 0.1, "", "0", "False", [], [0], {}, {"": ""}, (), (None,), set(), None, 0j, range(0), range(1), b"", b"\x00"]
print([bool(v) for v in values])
print(bool(), True + True, True * 10, False - 1, True / 2, int(True), str(False))
print(True == 1, False == 0, True is True, isinstance(True, int), True & False, True | False, True ^ True)
print(sum([True] * 5), max(False, True), sorted([True, False, True]))
flags = {"a": True, 1: "int key"}
print(flags, len(flags))
repr(bool("no"))
