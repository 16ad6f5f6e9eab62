def scale(x, factor=2):
    return x * factor


print(scale(10))
print(scale(10, factor=3))
print(scale(x=4))
scale(5, x=6)
