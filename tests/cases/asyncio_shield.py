import asyncio


async def important(log):
    await asyncio.sleep(0.02)
    log.append("important finished")
    return "saved"


async def main():
    log = []
    inner = asyncio.create_task(important(log))

    async def caller():
        return await asyncio.shield(inner)

    outer = asyncio.create_task(caller())
    await asyncio.sleep(0.005)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("caller cancelled; inner cancelled?", inner.cancelled())
    print(await inner, log)

    # shielding a finished task returns it as it is
    print(await asyncio.shield(inner))

    # wait_for over shield: timeout without cancelling the work
    work = asyncio.create_task(important(log))
    try:
        await asyncio.wait_for(asyncio.shield(work), 0.001)
    except TimeoutError:
        print("timed out, work still running:", not work.done())
    print(await work)

    # cancelling the inner cancels the shield
    victim = asyncio.create_task(asyncio.sleep(1))
    shielded = asyncio.shield(victim)
    victim.cancel()
    try:
        await shielded
    except asyncio.CancelledError:
        print("shield cancelled with its inner:", shielded.cancelled())

    # exceptions pass through
    async def boom():
        await asyncio.sleep(0)
        raise KeyError("boom")

    try:
        await asyncio.shield(boom())
    except KeyError as exc:
        print("KeyError", exc)


asyncio.run(main())
