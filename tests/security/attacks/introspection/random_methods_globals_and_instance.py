# attack: the random module's bound methods and class lead to the host generator, module globals or os
import random
for obj, name in ((random.random, "__self__"), (random.randint, "__self__"), (random.randint, "__func__"), (random.Random.__init__, "__globals__"), (random.Random.seed, "__globals__"), (random.Random, "_randbelow"), (random.getrandbits, "__closure__")):
    try:
        value = getattr(obj, name)
        print(name, type(value).__name__)
        print(value["_os"].environ["MONTY_CANARY_SECRET"])
    except (AttributeError, TypeError, KeyError) as e:
        print("no", name, type(e).__name__)
for name in ("_inst", "_os", "SystemRandom", "_urandom", "__dict__"):
    try:
        print(name, getattr(random, name))
    except AttributeError:
        print("no", name)
