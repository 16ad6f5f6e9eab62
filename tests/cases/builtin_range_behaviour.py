r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], 8 in r, 9 in r)
print(list(range(5)), list(range(5, 0, -1)), list(range(0)), list(range(3, 3)))
print(range(10).index(4), range(0, 10, 2).count(4), range(5) == range(0, 5))
print(list(range(-5, 5, 4)), range(10)[::-2], reversed(range(3)).__class__.__name__)
print(sum(range(1, 11)), max(range(7)), list(reversed(range(4))))
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(5)[10]
except IndexError as e:
    print("IndexError:", e)
try:
    range(5).index(7)
    status = "ok"
except ValueError as e:
    status = ("error", str(e))
status
