NUMERALS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range (1-3999)")
    out = []
    for value, symbol in NUMERALS:
        count, n = divmod(n, value)
        out.append(symbol * count)
    return "".join(out)


def from_roman(s):
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for cur, nxt in zip(s, s[1:] + " "):
        v = values[cur]
        total += -v if nxt != " " and values[nxt] > v else v
    return total


samples = [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]
print([to_roman(n) for n in samples])
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
try:
    to_roman(0)
except ValueError as err:
    print("caught", type(err).__name__)
    last_error = err.args
last_error
