import asyncio

log = []


async def cancels_itself():
    asyncio.current_task().cancel()
    return "returned anyway"


async def spinner(name, n):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)


async def leftover():
    try:
        await asyncio.sleep(10)
    finally:
        print("leftover cleaned up at shutdown")


def bad_callback(fut):
    raise ValueError("callbacks may fail")


async def main():
    t = asyncio.create_task(cancels_itself())
    try:
        await t
    except asyncio.CancelledError:
        print("self-cancelled task ends cancelled:", t.cancelled())
    await asyncio.gather(spinner("a", 3), spinner("b", 3))
    print(log)
    fut = asyncio.Future()
    fut.add_done_callback(bad_callback)
    fut.add_done_callback(lambda f: print("next callback still runs:", f.result()))
    fut.set_result(7)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    # a timer fires between rounds even while another task keeps yielding
    order = []

    async def busy():
        while len(order) < 1:
            await asyncio.sleep(0)
        order.append("busy saw the timer")

    async def timed():
        await asyncio.sleep(0.005)
        order.append("timer")

    await asyncio.gather(busy(), timed())
    print(order)
    asyncio.create_task(leftover())
    await asyncio.sleep(0)
    print("main returns")


asyncio.run(main())
print("after run")
