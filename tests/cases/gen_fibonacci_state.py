def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


fib = fibonacci()
first = [next(fib) for _ in range(10)]
print(first)
for value in fib:
    if value > 1000:
        print("first above 1000:", value)
        break
print(next(fib))
sum(x for x in first if x % 2 == 0)
