count = 10


def show():
    print("count is", count)


def increment():
    count += 1
    return count


show()
increment()
