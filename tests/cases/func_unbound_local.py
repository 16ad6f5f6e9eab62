count = 10


def show():
    print("count is", count)


def increment():
    count += 1
    return count


show()
try:
    increment()
except UnboundLocalError as err:
    print("caught", type(err).__name__)
    last_error = err.args
last_error
