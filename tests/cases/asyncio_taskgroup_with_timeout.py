import asyncio


async def stubborn_but_finite(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("cleanup")
        await asyncio.sleep(0.001)
        log.append("cleanup done")
        raise


async def main():
    log = []
    try:
        async with asyncio.timeout(0.02):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(stubborn_but_finite(log))
                tg.create_task(stubborn_but_finite(log))
    except TimeoutError:
        print("timeout over a task group", log)
    print(asyncio.current_task().cancelling())

    # wait_for around a coroutine running a task group
    async def grouped():
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(asyncio.sleep(0.001 * i, result=i)) for i in range(3)]
        return [t.result() for t in tasks]

    print(await asyncio.wait_for(grouped(), 1))

    # uncancel bookkeeping: a timeout that did not fire leaves no cancel request behind
    async with asyncio.timeout(1):
        await asyncio.sleep(0)
    print(asyncio.current_task().cancelling())


asyncio.run(main())
