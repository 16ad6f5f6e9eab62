import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} failed")
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in [("a", 0.01), ("b", 0.03), ("c", 0.05)]]
    done, pending = await asyncio.wait(tasks)
    print("all:", names(done), names(pending), sorted(t.result() for t in done))

    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in [("a", 0.01), ("b", 0.5), ("c", 0.5)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first:", names(done), names(pending))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print("cancelled:", [t.cancelled() for t in sorted(pending, key=lambda t: t.get_name())])

    tasks = [
        asyncio.create_task(job("ok", 0.01), name="ok"),
        asyncio.create_task(job("bad", 0.02, fail=True), name="bad"),
        asyncio.create_task(job("slow", 0.5), name="slow"),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", names(done), names(pending))
    for t in done:
        if t.exception() is not None:
            print("exception:", t.exception())
    for t in pending:
        t.cancel()

    # no exception: FIRST_EXCEPTION waits for everything
    tasks = [asyncio.create_task(job(n, 0.01 * i), name=n) for i, n in enumerate("xyz")]
    done, pending = await asyncio.wait(tasks, return_when="FIRST_EXCEPTION")
    print("no exception:", names(done), names(pending))

    # timeout: returns what is done, never raises
    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in [("quick", 0.001), ("late", 1)]]
    done, pending = await asyncio.wait(tasks, timeout=0.05)
    print("timeout:", names(done), names(pending))
    done, pending = await asyncio.wait(pending, timeout=0)
    print("timeout 0:", names(done), names(pending))
    for t in pending:
        t.cancel()
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)


asyncio.run(main())
