print(len("abc"), isinstance(3, int), sorted([2, 1], reverse=True))
for call in [
    lambda: len("a", "b"),
    lambda: len(),
    lambda: isinstance(3),
    lambda: sorted([1], True),
    lambda: [].append(1, 2),
    lambda: "x".split(",", 1, 2),
    lambda: {}.get(),
]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
try:
    print(int(x="5"))
    status = "ok"
except TypeError as e:
    status = ("error", str(e))
status
