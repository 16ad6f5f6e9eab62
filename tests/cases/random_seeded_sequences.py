# random: a seeded run draws CPython's sequence; Random instances, state and argument errors
import random

random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.uniform(1, 2))
print(random.sample(range(100), 5), random.choices(["a", "b", "c"], weights=[1, 5, 1], k=6))
print(random.sample(["x", "y"], 3, counts=[2, 1]), random.randrange(0, 100, 7), random.getrandbits(40))
x = list(range(10))
random.shuffle(x)
print(x, random.gauss(0, 1), random.expovariate(2), random.randbytes(5))
r = random.Random(7)
print(r.random(), r.getrandbits(70), isinstance(r, random.Random), type(r).__name__)
state = r.getstate()
a = r.random()
r.setstate(state)
print(a == r.random(), random.Random("seed").random(), random.Random(b"seed").random())
random.seed(1)
first = [random.random() for _ in range(3)]
random.seed(1)
print(first == [random.random() for _ in range(3)])
for call in (
    lambda: random.choice([]),
    lambda: random.sample(range(3), 5),
    lambda: random.randrange(5, 1),
    lambda: random.getrandbits(-1),
    lambda: random.choices([1, 2], weights=[1], k=1),
    lambda: random.choices([1, 2], weights=iter([1, 2, 3]), k=1),
    lambda: random.sample(["a", "b"], 1, counts=(c for c in [1, 1, 1])),
    lambda: random.choices(5, weights=[1]),
):
    try:
        call()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(random.choices("ab", weights=iter([0, 1]), k=3), random.sample("ab", 2, counts=iter([1, 1])) != [])
