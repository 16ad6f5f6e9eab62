def parse(token):
    try:
        return int(token)
    except ValueError:
        return None


tokens = ["10", "x", "25", "", "7", "3.5"]
values = [v for t in tokens if (v := parse(t)) is not None]
print(values)
print("last parsed:", v)
data = [1, 4, 9, 16, 25]
pairs = [(x, y) for x in data if (y := x ** 0.5) == int(y)]
print(pairs)
running = 0
cumulative = [running := running + x for x in data]
[cumulative, running]
