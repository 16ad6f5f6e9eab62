import asyncio


async def main():
    lock = asyncio.Lock()
    log = []

    async def worker(name):
        async with lock:
            log.append(f"{name} in")
            await asyncio.sleep(0.001)
            log.append(f"{name} out")

    await asyncio.gather(worker("a"), worker("b"), worker("c"))
    print(log)
    print(lock.locked(), await lock.acquire(), lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as exc:
        print("RuntimeError:", exc)

    # a cancelled waiter does not keep the lock
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    waiter.cancel()
    await asyncio.sleep(0)
    lock.release()
    print("after cancelled waiter:", lock.locked(), waiter.cancelled())
    print(repr(lock).endswith("[unlocked]>"))

    event = asyncio.Event()
    print(event.is_set())

    async def waiter_task(i):
        await event.wait()
        return i

    tasks = [asyncio.create_task(waiter_task(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(repr(event).endswith("[unset, waiters:3]>"))
    event.set()
    print(await asyncio.gather(*tasks), event.is_set())
    print(await event.wait())
    event.clear()
    print(event.is_set())
    try:
        await asyncio.wait_for(event.wait(), 0.01)
    except TimeoutError:
        print("event wait timed out")


asyncio.run(main())
