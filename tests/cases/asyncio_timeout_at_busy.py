import asyncio


async def busy(log):
    # never sleeps for real: only yields; the timeout must still get its turn
    n = 0
    while True:
        n += 1
        await asyncio.sleep(0)
        if n == 3:
            log.append("spun")


async def main():
    log = []
    try:
        await asyncio.wait_for(busy(log), 0.02)
    except TimeoutError:
        print("wait_for interrupted a busy task", log)
    try:
        async with asyncio.timeout(0.02):
            await busy(log)
    except TimeoutError:
        print("timeout interrupted a busy task", log)
    async with asyncio.timeout(None) as cm:
        pass
    deadline = asyncio.timeout_at(None)
    print(deadline.when(), deadline.expired())
    t = asyncio.timeout(0.5)
    print(t.when() is not None)
    async with asyncio.timeout(1) as first:
        pass
    try:
        async with asyncio.timeout_at(first.when() - 100) as late:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at in the past expired", late.expired())
    try:
        async with asyncio.timeout("x"):
            pass
    except TypeError as exc:
        print("TypeError:", exc)


asyncio.run(main())
