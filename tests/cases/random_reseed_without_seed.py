# random: seed() and Random() without a seed draw a fresh seed (in the sandbox, from the run's entropy source); seeding again with a value restarts the sequence
import random

random.seed()
r = random.Random()
s = random.Random(None)
s.seed()
print(0 <= random.random() < 1, 0 <= r.random() < 1, 0 <= s.random() < 1, type(r).__name__)
r.seed(5)
first = r.random()
r.seed(5)
print(first == r.random(), r.getstate()[0])
r.seed(version=2)
print(0 <= r.random() < 1)
