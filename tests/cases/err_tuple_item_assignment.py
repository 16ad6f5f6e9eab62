point = (3, 4)
x, y = point
print(x + y)
point = (x + 1, y)
print(point)
try:
    "abc"[0] = "A"
except TypeError as e:
    print("TypeError:", e)
point[0] = 10
