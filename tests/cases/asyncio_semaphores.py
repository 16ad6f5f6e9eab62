import asyncio


async def main():
    sem = asyncio.Semaphore(2)
    active = []
    peak = []

    async def worker(i):
        async with sem:
            active.append(i)
            peak.append(len(active))
            await asyncio.sleep(0.001)
            active.remove(i)
        return i

    print(await asyncio.gather(*(worker(i) for i in range(6))), max(peak))
    print(sem.locked(), repr(sem).endswith("[unlocked, value:2]>"))
    await sem.acquire()
    await sem.acquire()
    print(sem.locked())
    sem.release()
    sem.release()
    sem.release()  # a plain Semaphore may go above its start value
    print(repr(sem).endswith("value:3]>"))

    try:
        asyncio.Semaphore(-1)
    except ValueError as exc:
        print("ValueError:", exc)
    zero = asyncio.Semaphore(0)
    print(zero.locked())
    try:
        await asyncio.wait_for(zero.acquire(), 0.01)
    except TimeoutError:
        print("acquire timed out")
    zero.release()
    print(await zero.acquire())

    bounded = asyncio.BoundedSemaphore(1)
    async with bounded:
        print("inside bounded", bounded.locked())
    try:
        bounded.release()
    except ValueError as exc:
        print("ValueError:", exc)

    # cancelling a waiter that was already woken hands the slot on
    sem = asyncio.Semaphore(0)
    first = asyncio.create_task(sem.acquire())
    second = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    sem.release()
    first.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(first.cancelled(), second.done() and second.result())


asyncio.run(main())
