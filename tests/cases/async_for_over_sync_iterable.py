async def gen():
    yield "ok"


async def main():
    async for item in gen():
        print(item)
    async for item in [1, 2, 3]:
        print(item)


await main()
