x = 10
y = 3.14159
name = "Ada"
items = [1, 2]
print(f"{x=}")
print(f"{x = }")
print(f"{y=:.2f}")
print(f"{name=}")
print(f"{name=!s}")
print(f"{x * 2 + 1=}")
print(f"{items[0]=} {len(items)=}")
f"{x=:>5}|{name.upper()=}"
