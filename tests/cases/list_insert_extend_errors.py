data = [1, 2, 3]
data.extend(range(2))
data.extend("ab")
print(data)
data += {"k": 1}
print(data)
try:
    data + (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    data.extend(5)
except TypeError as e:
    print("TypeError:", e)
data[10] = 1
