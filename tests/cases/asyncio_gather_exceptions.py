import asyncio


async def ok(x):
    await asyncio.sleep(0)
    return x


async def fail(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


async def main():
    print(await asyncio.gather(ok(1), fail("boom"), ok(3), return_exceptions=True))
    try:
        await asyncio.gather(ok(1), fail("first"), fail("second"))
    except ValueError as exc:
        print("caught", exc)
    results = await asyncio.gather(fail("a"), return_exceptions=True)
    print(type(results[0]).__name__, results[0])


asyncio.run(main())
