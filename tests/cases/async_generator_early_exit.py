async def stream(items):
    for i, item in enumerate(items):
        if item is None:
            raise ValueError(f"item {i} is missing")
        yield item


async def consume(items):
    seen = []
    async for item in stream(items):
        seen.append(item)
        if item == "stop":
            break
    return seen


print(await consume(["a", "stop", None]))
print(await consume(["x", "y"]))
try:
    await consume(["p", None, "q"])
except ValueError as exc:
    outcome = f"{type(exc).__name__}: {exc}"
outcome
