print(repr("42".zfill(5)), repr("-42".zfill(5)), repr("+7".zfill(4)), repr("abc".zfill(2)))
print(repr("hi".center(7)), repr("hi".center(7, "*")), repr("hi".center(6, "*")), repr("odd".center(6, ".")))
print(repr("left".ljust(8, ".")), repr("right".rjust(8)), repr("toolong".ljust(3)))
print(repr("a\tb\tc".expandtabs(4)), repr("12\t3".expandtabs()))
rows = [("Item", "Qty"), ("apple", "3"), ("watermelon", "12")]
for name, qty in rows:
    print(name.ljust(12, ".") + qty.rjust(4))
try:
    "x".center(4, "ab")
    status = "ok"
except TypeError as e:
    status = ("error", str(e))
status
