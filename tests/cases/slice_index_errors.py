queue = ["first", "second", "third"]
print(queue[0:10], queue[5:], queue[-10:1])
print(queue[-1], queue[-3])
try:
    queue[3]
except IndexError as e:
    print("IndexError:", e)
try:
    "abc"[10]
except IndexError as e:
    print("IndexError:", e)
try:
    queue["1"]
except TypeError as e:
    print("TypeError:", e)
try:
    queue[-4]
except IndexError as err:
    print("caught", type(err).__name__)
    last_error = err.args
last_error
