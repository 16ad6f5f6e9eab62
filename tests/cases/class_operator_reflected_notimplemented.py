class Meters:
    def __init__(self, value):
        self.value = value

    def __add__(self, other):
        print("Meters.__add__")
        return NotImplemented

    def __repr__(self):
        return f"Meters({self.value})"


class Feet:
    def __init__(self, value):
        self.value = value

    def __radd__(self, other):
        print("Feet.__radd__")
        return Meters(other.value + self.value * 0.3048)


print(Meters(1) + Feet(10))
try:
    Meters(1) + Meters(2)
    status = "ok"
except TypeError as e:
    status = ("error", str(e))
status
