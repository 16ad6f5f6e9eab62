print(eval("1 + 2 * 3"))
print(eval("[x ** 2 for x in range(5)]"))
print(eval("'-'.join(['a', 'b'])"))
rate = 0.2
print(eval("100 * rate"))
print(eval("  (1, 2)  "), eval("{'k': [1, 2]}")["k"])
expr = "max(values) - min(values)"
values = [3, 9, 1]
print(eval(expr))
eval("rate * 10 + len(values)")
