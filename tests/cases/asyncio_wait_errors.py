import asyncio


async def job():
    await asyncio.sleep(0)
    return 1


async def main():
    try:
        await asyncio.wait([])
    except ValueError as exc:
        print("ValueError:", exc)
    t = asyncio.create_task(job())
    try:
        await asyncio.wait(t)
    except TypeError as exc:
        print("TypeError:", exc)
    coro = job()
    try:
        await asyncio.wait([coro])
    except TypeError as exc:
        print("TypeError:", exc)
    coro.close()
    try:
        await asyncio.wait([t], return_when="SOMETIMES")
    except ValueError as exc:
        print("ValueError:", exc)
    # a generator counts as a (legacy) coroutine in 3.11
    try:
        await asyncio.wait(x for x in [t])
    except TypeError as exc:
        print("TypeError:", exc)
    print(asyncio.iscoroutine(x for x in []))
    # duplicates collapse into one set entry
    done, pending = await asyncio.wait([t, t])
    print(len(done), len(pending), t.result())
    # a plain future
    fut = asyncio.Future()
    asyncio.create_task(asyncio.sleep(0.01)).add_done_callback(lambda _: fut.set_result("cb"))
    done, _ = await asyncio.wait({fut})
    print([f.result() for f in done])


asyncio.run(main())
