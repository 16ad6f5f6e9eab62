# attack: random.seed in one run fixes what the next run draws (state shared between runs or with the host)
import random
print(random.random() == 0.6229016948897019)
r = random.Random()
print(r.random() == 0.6229016948897019)
random.seed(5)
print(random.random())
random.seed(5)
