class Temp:
    def __init__(self, deg):
        self.deg = deg

    def __repr__(self):
        return f"Temp({self.deg})"


t = Temp(21.5)
print(format(t), str(t), repr([t]), f"{t!s:>10}")
print(format(0.000123, ".2e"), format(123.456, "10.1f"), format(-3, "+05d"), format(1, "03b"))
print(format("text", "^11"), format("text", ">2"), format(5, "c"), format(1e100, "g"))
print(format(True, "d"), format(False, ">5"), format(12345, "_d"), format(0.1, ".20f"))
format(t, ">10")
