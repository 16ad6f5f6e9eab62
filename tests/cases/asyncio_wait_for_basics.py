import asyncio


async def slow(delay, value):
    await asyncio.sleep(delay)
    return value


async def cleanup_on_cancel(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("inner cancelled")
        raise
    finally:
        log.append("inner finally")


async def main():
    print(await asyncio.wait_for(slow(0.01, "fast enough"), timeout=1))
    print(await asyncio.wait_for(slow(0, "no timeout"), None))
    try:
        await asyncio.wait_for(slow(1, "too slow"), 0.01)
    except asyncio.TimeoutError as exc:
        print("timed out:", type(exc).__name__, repr(str(exc)), type(exc.__cause__).__name__)
    log = []
    try:
        await asyncio.wait_for(cleanup_on_cancel(log), 0.01)
    except TimeoutError:
        print("builtin TimeoutError caught, log:", log)
    task = asyncio.create_task(slow(10, "x"))
    try:
        await asyncio.wait_for(task, 0.01)
    except TimeoutError:
        print("task cancelled:", task.cancelled())
    done_task = asyncio.create_task(slow(0, "already done"))
    await asyncio.sleep(0.001)
    print(await asyncio.wait_for(done_task, 0))


asyncio.run(main())
