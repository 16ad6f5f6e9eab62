first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
head, *middle, tail = range(6)
print(head, middle, tail)
a, *b = (9,)
print(a, b)
*everything, = {"x": 1, "y": 2}
print(everything)
[x, *ys] = b"abc"
print(x, ys)
first, *_, last = [10, 20, 30, 40, 50]
(first, last)
