import asyncio


async def value(v):
    return v


async def fail():
    await asyncio.sleep(0)
    raise ValueError("inner failed")


async def forever():
    await asyncio.sleep(100)


async def main():
    # timeout 0 and negative: the awaitable is cancelled before it can run
    for t in (0, -1, -0.5):
        try:
            await asyncio.wait_for(value(t), t)
        except TimeoutError:
            print("timeout", t)
    try:
        await asyncio.wait_for(fail(), 1)
    except ValueError as exc:
        print("propagated:", exc)
    try:
        await asyncio.wait_for(value(1), "soon")
    except TypeError as exc:
        print("TypeError:", exc)
    try:
        await asyncio.wait_for(42, 1)
    except TypeError as exc:
        print("TypeError:", exc)

    # cancelling the waiter cancels the inner task too
    inner = asyncio.create_task(forever())

    async def waiter():
        return await asyncio.wait_for(inner, 5)

    outer = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled", outer.cancelled(), "inner cancelled", inner.cancelled())

    # a future resolved by another task
    fut = asyncio.Future()

    async def resolve():
        await asyncio.sleep(0.01)
        fut.set_result("resolved")

    asyncio.create_task(resolve())
    print(await asyncio.wait_for(fut, 1))


asyncio.run(main())
