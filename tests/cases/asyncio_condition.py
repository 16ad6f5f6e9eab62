import asyncio


async def main():
    cond = asyncio.Condition()
    items = []
    log = []

    async def consumer(name):
        async with cond:
            await cond.wait_for(lambda: items)
            log.append((name, items.pop(0)))

    consumers = [asyncio.create_task(consumer(n)) for n in "ab"]
    await asyncio.sleep(0)
    async with cond:
        items.append(1)
        cond.notify()
    await asyncio.sleep(0)
    async with cond:
        items.append(2)
        cond.notify_all()
    await asyncio.gather(*consumers)
    print(log)

    try:
        await cond.wait()
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    try:
        cond.notify()
    except RuntimeError as exc:
        print("RuntimeError:", exc)

    lock = asyncio.Lock()
    shared = asyncio.Condition(lock)
    async with shared:
        print(lock.locked(), shared.locked())
    print(lock.locked())

    # notify(n) wakes at most n waiters
    woken = []

    async def sleeper(i):
        async with cond:
            await cond.wait()
            woken.append(i)

    tasks = [asyncio.create_task(sleeper(i)) for i in range(4)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0.001)
    print(sorted(woken))
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print(cond.locked())


asyncio.run(main())
