values = [1, 2, 3, 4, 5]
for step in [1, 2, -1, -2]:
    print(step, values[::step])
step = 0
try:
    values[::step]
except ValueError as err:
    print("caught", type(err).__name__)
    last_error = err.args
last_error
