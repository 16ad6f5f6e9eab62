async def step(n):
    return n + 1


async def pipeline(start):
    value = start
    for _ in range(3):
        value = await step(value)
    return value


coro = pipeline(10)
print(type(coro).__name__)
try:
    coro.send(None)
except StopIteration as e:
    print("result", e.value)
try:
    coro.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
unused = pipeline(0)
unused.close()
await pipeline(100)
