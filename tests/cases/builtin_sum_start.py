print(sum([1, 2, 3]), sum([]), sum([], 10), sum(range(101)))
print(sum([0.1] * 10), sum([1, 2.5]), sum([True, True, False]))
print(sum([[1], [2, 3], []], []))
print(sum(((1, 2), (3,)), ()))
print(sum([1, 2], start=100))
prices = {"a": 1.25, "b": 2.5}
print(sum(prices.values()), sum(x * 2 for x in range(4)))
sum(["a", "b"])
