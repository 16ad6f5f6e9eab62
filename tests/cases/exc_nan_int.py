values = [1.5, float("nan"), -0.0, float("-inf")]
for v in values:
    print(v, v == v, v != v)
nan = float("nan")
print(nan in [nan], [nan] == [nan], nan is nan)
print(round(2.5), round(-0.5), int(-0.9))
int(nan)
