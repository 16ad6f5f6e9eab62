funcs = []
for i in range(3):
    funcs.append(lambda: i * 10)

print([f() for f in funcs])

fixed = []
for i in range(3):
    fixed.append(lambda i=i: i * 10)

print([f() for f in fixed])


def make_multiplier(n):
    return lambda x: x * n


doublers = [make_multiplier(n) for n in (2, 3, 4)]
[f(5) for f in doublers]
