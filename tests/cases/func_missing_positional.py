def area(width, height):
    return width * height


def volume(width, height, depth):
    return area(width, height) * depth


print(area(3, 4))
print(volume(2, 3, 4))
try:
    volume(1)
except TypeError as e:
    print(e)
area(3)
