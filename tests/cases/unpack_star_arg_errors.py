def show(*args, **kwargs):
    return args, kwargs


print(show(*(1, 2), **{"a": 3}))
try:
    show(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    show(**{1: "x"})
except TypeError as e:
    print("TypeError:", e)
try:
    show(**["not", "a", "mapping"])
    status = "ok"
except TypeError as e:
    status = ("error", str(e))
status
