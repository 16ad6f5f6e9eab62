import asyncio


async def inner():
    return await asyncio.sleep(0.001, result="slept")


async def main():
    print(await inner())
    print(await asyncio.sleep(0, "zero"))
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as exc:
        print(exc)
    try:
        asyncio.run(42)
    except ValueError as exc:
        print(exc)


print(asyncio.run(main()))
