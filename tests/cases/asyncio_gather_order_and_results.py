import asyncio

log = []


async def work(i, delay):
    log.append(f"start {i}")
    await asyncio.sleep(delay)
    log.append(f"end {i}")
    return i * 10


async def main():
    results = await asyncio.gather(work(1, 0.03), work(2, 0.01), work(3, 0.02))
    print(results)
    print(log)
    print(await asyncio.gather())
    same = work(4, 0)
    print(await asyncio.gather(same, same))
    return results


asyncio.run(main())
