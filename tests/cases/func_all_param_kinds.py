def f(a, b=2, /, c=3, *args, d, e=5, **kwargs):
    return (a, b, c, args, d, e, kwargs)


print(f(1, d=4))
print(f(1, 20, 30, 40, 50, d=4))
print(f(1, c=9, d=4, e=6, extra="x"))
print(f(*[1, 2, 3], d=0, **{"z": 26}))
f(10, 11, 12, 13, d=14, e=15, a=16)
