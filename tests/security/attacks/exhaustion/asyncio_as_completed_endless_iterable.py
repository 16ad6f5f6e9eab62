# attack: asyncio.as_completed() builds a set of futures in C from an endless iterable
# limits: max_duration=1 max_memory=200000000
import asyncio
import itertools


async def main():
    futures = [asyncio.Future() for _ in range(3)]
    for aw in asyncio.as_completed(map(lambda i: futures[i % 3], itertools.count())):
        await aw


asyncio.run(main())
