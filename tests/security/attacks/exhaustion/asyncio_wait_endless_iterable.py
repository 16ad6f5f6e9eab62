# attack: asyncio.wait() materialises the iterable it is given in C: hand it an endless one
# limits: max_duration=1 max_memory=200000000
import asyncio
import itertools


async def main():
    fut = asyncio.Future()
    await asyncio.wait(map(lambda _: fut, itertools.count()))


asyncio.run(main())
