# attack: list(x), x[:], x.copy(), sorted(x) of a big list are not accounted
# limits: max_duration=1 max_memory=100000000
x = [0] * (5 * 10**6)
keep = [list(x), x[:], x.copy(), sorted(x), tuple(x), x[::-1]]
print(len(keep))
