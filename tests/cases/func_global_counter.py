counter = 0
history = []


def bump(amount=1):
    global counter
    counter += amount
    history.append(counter)


def read():
    return counter


for n in range(1, 5):
    bump(n)
print(counter, read())
print(history)
counter
