class Guard:
    async def __aenter__(self):
        print("enter")
        return "resource"

    async def __aexit__(self, exc_type, exc, tb):
        print("exit with", exc_type.__name__ if exc_type else None)
        return False


async def process(data):
    async with Guard() as res:
        print("using", res)
        return data["value"] * 2


print(await process({"value": 21}))
await process({})
