tasks = ["design", "build", "test"]
for i, task in enumerate(tasks):
    print(i, task)
for n, task in enumerate(tasks, start=1):
    print(f"{n}. {task}")
print(list(enumerate("ab", 10)), list(enumerate([], 5)))
e = enumerate(["x", "y"], -1)
print(next(e), next(e), next(e, "end"))
lookup = {name: idx for idx, name in enumerate(tasks)}
print(lookup)
[(i, c) for i, c in enumerate("hey") if i != 1]
