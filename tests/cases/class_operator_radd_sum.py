class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        print(f"__radd__ called with {other!r}")
        return self.__add__(other)

    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"


wallet = [Money(150), Money(275), Money(5)]
total = sum(wallet)
print(total)
print(10 + Money(90))
print(Money(1) + Money(2))
str(sum(wallet, Money(1000)))
