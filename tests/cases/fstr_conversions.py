name = "Zoë"
items = ["a", 'b"c']
print(f"{name}|{name!s}|{name!r}|{name!a}")
print(f"{items}|{items!r}|{items!a}")
print(f"{3.0!r} {1e20!s} {1e-7} {0.1 + 0.2!r}")
print(f"{None!r} {True!s} {b'hi'!r}")
print(f"{'tab	here'!r}")
value = 42
f"{value!r:>6}|{name!r:*^9}|{name!a}"
