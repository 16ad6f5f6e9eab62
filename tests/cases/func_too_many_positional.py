def greet(name, greeting="Hello"):
    return f"{greeting}, {name}!"


print(greet("Ada"))
print(greet("Linus", "Hi"))
try:
    greet()
except TypeError as e:
    print(e)
greet("a", "b", "c")
