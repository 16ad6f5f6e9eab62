import asyncio


async def fail(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def sleeper(log, name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper(log, "s1"))
            tg.create_task(fail(0.01, ValueError("bad value")))
            tg.create_task(sleeper(log, "s2"))
            await asyncio.sleep(5)
            log.append("body not cancelled?!")
    except* ValueError as group:
        print("caught", type(group).__name__, group.message, [str(e) for e in group.exceptions])
    print(sorted(log))

    # several failures at once
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0.01, KeyError("k")))
            tg.create_task(fail(0.01, TypeError("t")))
    except ExceptionGroup as group:
        print(sorted(type(e).__name__ for e in group.exceptions))

    # an error in the body itself joins the group
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper(log, "s3"))
            await asyncio.sleep(0)
            1 / 0
    except* ZeroDivisionError as group:
        print("body error:", [type(e).__name__ for e in group.exceptions], log[-1])

    # a caught group lets the caller go on
    async def guarded():
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(fail(0, RuntimeError("r")))
                await asyncio.sleep(1)
        except* RuntimeError:
            pass
        await asyncio.sleep(0)
        return "went on"

    print(await guarded())

    # cancellation from outside: the group cancels its tasks and the CancelledError propagates
    async def wrapper():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper(log, "s4"))
            await asyncio.sleep(10)

    t = asyncio.create_task(wrapper())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("wrapper cancelled", t.cancelled(), log[-1])

    # a task cancelled on its own is not an error
    async with asyncio.TaskGroup() as tg:
        lone = tg.create_task(asyncio.sleep(10))
        await asyncio.sleep(0)
        lone.cancel()
    print("lone cancelled:", lone.cancelled())

    # BaseException subclasses come out as a BaseExceptionGroup
    class Stop(BaseException):
        pass

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0, Stop()))
    except BaseExceptionGroup as group:
        print(type(group).__name__, [type(e).__name__ for e in group.exceptions])


asyncio.run(main())
