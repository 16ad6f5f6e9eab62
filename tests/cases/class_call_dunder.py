class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs

    def __call__(self, x):
        return sum(c * x ** i for i, c in enumerate(self.coeffs))


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self, step=1):
        self.n += step
        return self.n


p = Polynomial(1, 0, 2)
print([p(x) for x in range(5)])
print(callable(p), callable(Polynomial), callable(3))
count = Counter()
count()
count(5)
print(list(map(p, [10])))
count.n
