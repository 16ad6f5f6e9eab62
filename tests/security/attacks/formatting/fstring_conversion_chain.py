# attack: f-string conversions and specs around getattr calls with hidden names
def f():
    pass
name = "__" + "closure__"
print(f"{getattr(f, name)!r:>10}")
