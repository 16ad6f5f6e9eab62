import asyncio


async def main():
    fut = asyncio.Future()
    print(fut.done(), fut.cancelled())
    try:
        fut.result()
    except asyncio.InvalidStateError as exc:
        print("InvalidStateError:", exc)

    async def resolve_later():
        await asyncio.sleep(0.01)
        fut.set_result("ready")

    asyncio.create_task(resolve_later())
    print(await fut)
    try:
        fut.set_result("again")
    except asyncio.InvalidStateError:
        print("already done")
    failed = asyncio.Future()
    failed.set_exception(KeyError("k"))
    print(repr(failed.exception()))
    try:
        await failed
    except KeyError as exc:
        print("raised", exc)
    cancelled = asyncio.Future()
    print(cancelled.cancel("why"), cancelled.cancelled())
    try:
        cancelled.result()
    except asyncio.CancelledError as exc:
        print("cancelled with", exc)
    print(asyncio.isfuture(fut), asyncio.iscoroutine(main()), asyncio.iscoroutinefunction(main))


asyncio.run(main())
