def self_referencing():
    yield 1
    yield next(gen)


gen = self_referencing()
print(next(gen))
try:
    next(gen)
except ValueError as err:
    print("caught", type(err).__name__)
    last_error = err.args
last_error
