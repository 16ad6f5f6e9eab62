# attack: throw into / close a host-side generator (iter with sentinel) to break the run's ticking
it = iter(lambda: 1, 2)
next(it)
try:
    it.throw(GeneratorExit)
except BaseException as e:
    print(type(e).__name__)
it.close()
print(list(it))
