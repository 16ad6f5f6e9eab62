from functools import reduce, partial

numbers = [3, 5, 2, 8]
print(reduce(lambda a, b: a + b, numbers), reduce(lambda a, b: a * b, numbers, 10))
print(reduce(max, numbers), reduce(lambda acc, s: acc + [len(s)], ["ab", "c"], []))


def power(base, exponent, *, modulo=None):
    result = base ** exponent
    return result % modulo if modulo else result


square = partial(power, exponent=2)
cube_mod = partial(power, exponent=3, modulo=7)
print(square(9), cube_mod(4), square.keywords, square.args)
int_from_binary = partial(int, base=2)
print(int_from_binary("1011"), list(map(partial(power, 2), range(5))))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as err:
    print("caught", type(err).__name__)
    last_error = err.args
last_error
