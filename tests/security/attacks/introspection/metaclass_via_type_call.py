# attack: create a metaclass with the 3-argument type() instead of a class statement
Meta = type("Meta", (type,), {})
A = Meta("A", (), {})
print(A)
