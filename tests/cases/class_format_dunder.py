class Money:
    def __init__(self, amount, currency="EUR"):
        self.amount = amount
        self.currency = currency

    def __format__(self, spec):
        if spec == "short":
            return f"{self.amount:.0f}{self.currency[0]}"
        if spec:
            return f"{format(self.amount, spec)} {self.currency}"
        return f"{self.amount:.2f} {self.currency}"


m = Money(1234.5)
print(f"{m}")
print(f"{m:short}")
print(f"{m:,.1f}")
print("{:>12,.2f}|".format(m))
print(format(m, "08.2f"))
try:
    f"{m:q}"
except ValueError as exc:
    outcome = f"{type(exc).__name__}: {exc}"
outcome
