def move(x, y, z=0):
    return f"move to ({x}, {y}, {z})"


coords = [1, 2]
print(move(*coords))
print(move(*coords, 3))
print(move(*[1], *(2,), z=5))
print(move(*range(3)))
print(max(*[3, 9, 4]), min(*"hello"))
args = ("a", "b", "c")
print(*args, sep="-")
print(*[])
try:
    move(*"abcd")
except TypeError as exc:
    outcome = f"{type(exc).__name__}: {exc}"
outcome
