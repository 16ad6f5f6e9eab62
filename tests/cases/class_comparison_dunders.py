class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __le__(self, other):
        return self.parts <= other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


versions = [Version(v) for v in ["1.10.0", "1.2.3", "1.2.10", "0.9"]]
print(sorted(versions))
print(max(versions), min(versions))
a, b = Version("2.0"), Version("2.0.1")
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
try:
    Version("1.0") > "1.0"
    status = "ok"
except TypeError as e:
    status = ("error", str(e))
status
