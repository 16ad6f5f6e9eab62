import asyncio


async def main():
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.001)
    print("in time, expired:", cm.expired())

    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(10)
            print("not reached")
    except TimeoutError as exc:
        print("timed out", cm.expired(), type(exc.__cause__).__name__)

    for delay in (0, -1):
        try:
            async with asyncio.timeout(delay) as cm:
                await asyncio.sleep(0)
                await asyncio.sleep(0)
        except TimeoutError:
            print("expired immediately", delay, cm.expired())

    async with asyncio.timeout(None) as cm:
        print("never:", cm.when())
        await asyncio.sleep(0.001)
    print("none expired:", cm.expired())

    # reschedule: push the deadline back, then bring it forward
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(cm.when())
            print("when is None:", cm.when() is None)
            cm2 = cm
            await asyncio.sleep(0)
            cm.reschedule(-1)
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled into the past -> expired", cm2.expired())

    cm = asyncio.timeout(1)
    try:
        cm.reschedule(2)
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    async with cm:
        pass
    try:
        cm.reschedule(2)
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    try:
        async with cm:
            pass
    except RuntimeError as exc:
        print("RuntimeError:", exc)

    # nested: the inner one fires first and is the one that converts
    try:
        async with asyncio.timeout(5):
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(5)
            except TimeoutError:
                print("inner timeout caught")
            await asyncio.sleep(0)
            print("outer still running")
    except TimeoutError:
        print("not reached")

    # exceptions inside pass through untouched
    try:
        async with asyncio.timeout(1):
            raise KeyError("k")
    except KeyError as exc:
        print("KeyError", exc)


asyncio.run(main())
