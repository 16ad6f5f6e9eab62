class AsyncCounter:
    def __init__(self, limit):
        self.limit = limit
        self.current = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current >= self.limit:
            raise StopAsyncIteration
        self.current += 1
        return self.current


total = 0
async for n in AsyncCounter(4):
    print("got", n)
    total += n
it = AsyncCounter(1)
print(await it.__anext__())
try:
    await it.__anext__()
except StopAsyncIteration:
    print("exhausted")
total
