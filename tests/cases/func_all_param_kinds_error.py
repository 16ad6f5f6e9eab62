def f(a, b=2, /, c=3, *args, d, e=5, **kwargs):
    return (a, b, c, args, d, e, kwargs)


print(f(1, d=1))
result = f(1, 2, 3, 4, 5, d=6, e=7, g=8)
print(result)
try:
    f(1, 2, 3, e=4)
except TypeError as err:
    print("caught", type(err).__name__)
    last_error = err.args
last_error
