global total
total = 0
global counter
counter = 5


def add(n):
    global total
    total += n


def reset():
    global total, counter
    total, counter = 0, 0


for n in range(5):
    add(n)
print(total, counter)
reset()
print(total, counter)


def make_global():
    global created_later
    created_later = "hello"


make_global()
created_later
