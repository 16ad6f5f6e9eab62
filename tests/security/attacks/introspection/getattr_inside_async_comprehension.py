# attack: run-time attribute names inside an async comprehension and an awaited coroutine
async def names():
    for n in ["__globals__", "__code__", "gi_frame"]:
        yield n
def f():
    pass
async def main():
    return [getattr(f, n, "hidden") async for n in names()]
result = await main()
print(result)
if result[0] != "hidden":
    print(result[0]["__builtins__"])
