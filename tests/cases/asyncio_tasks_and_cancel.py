import asyncio


async def sleeper(name, delay):
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError:
        print(name, "was cancelled")
        raise


async def main():
    t1 = asyncio.create_task(sleeper("a", 0.01), name="first")
    t2 = asyncio.create_task(sleeper("b", 10))
    print(t1.get_name(), t1.done())
    print(await t1, t1.done(), t1.result())
    await asyncio.sleep(0)
    print(t2.cancel(), t2.cancel())
    try:
        await t2
    except asyncio.CancelledError:
        print("t2 cancelled:", t2.cancelled())
    print(t1.cancel())
    me = asyncio.current_task()
    print(me.get_name() == me.get_name(), isinstance(me, asyncio.Task))
    print(len(asyncio.all_tasks()))


asyncio.run(main())
