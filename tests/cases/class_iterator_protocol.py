class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Range2:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return Countdown(self.n)


c = Countdown(3)
print(list(c), list(c))
r = Range2(4)
print(list(r), list(r), sum(r))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as exc:
    outcome = f"{type(exc).__name__}: {exc}"
outcome
