import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name.upper()


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("a", 0.02))
        t2 = tg.create_task(job("b", 0.01), name="second")
        print(t2.get_name(), t1.done())
    print("after group:", t1.result(), t2.result())

    # tasks can start more tasks in the same group
    results = []

    async def spawner(tg, depth):
        results.append(depth)
        if depth < 3:
            tg.create_task(spawner(tg, depth + 1))

    async with asyncio.TaskGroup() as tg:
        tg.create_task(spawner(tg, 0))
    print(results)

    # an empty group
    async with asyncio.TaskGroup() as tg:
        pass
    print(repr(tg))

    tg = asyncio.TaskGroup()
    coro = job("x", 0)
    try:
        tg.create_task(coro)
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    coro.close()
    async with tg:
        pass
    coro = job("y", 0)
    try:
        tg.create_task(coro)
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    coro.close()
    try:
        async with tg:
            pass
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    async with asyncio.TaskGroup() as tg:
        try:
            tg.create_task(42)
        except TypeError as exc:
            print("TypeError:", exc)


asyncio.run(main())
