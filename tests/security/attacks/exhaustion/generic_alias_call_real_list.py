# attack: list[int](...) calls the real list on a lazy iterable
# limits: max_duration=1 max_memory=50000000
x = list[int](range(5 * 10**6))
print(len(x))
