def sub_task(name, steps):
    for i in range(steps):
        received = yield f"{name} step {i}"
        if received:
            print(f"{name} got {received!r}")
    return f"{name} done"


def coordinator():
    results = []
    results.append((yield from sub_task("fetch", 2)))
    results.append((yield from sub_task("parse", 1)))
    return results


c = coordinator()
print(next(c))
print(c.send("data"))
print(next(c))
try:
    c.send("token")
except StopIteration as stop:
    outcome = stop.value
outcome
