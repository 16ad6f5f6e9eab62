import asyncio


async def main():
    q = asyncio.Queue(1)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as exc:
        print("QueueEmpty", repr(exc))
    q.put_nowait("a")
    try:
        q.put_nowait("b")
    except asyncio.QueueFull:
        print("QueueFull", q.full())
    try:
        await asyncio.wait_for(q.put("b"), 0.01)
    except TimeoutError:
        print("put timed out", q.qsize())
    print(q.get_nowait())
    try:
        await asyncio.wait_for(q.get(), 0)
    except TimeoutError:
        print("get timed out")
    q.task_done()
    try:
        q.task_done()
    except ValueError as exc:
        print("ValueError:", exc)

    lifo = asyncio.LifoQueue()
    for i in range(3):
        await lifo.put(i)
    print([lifo.get_nowait() for _ in range(3)])

    prio = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b")]:
        prio.put_nowait(item)
    print([(await prio.get())[1] for _ in range(3)])

    # a getter cancelled while waiting leaves the queue usable
    q = asyncio.Queue()
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    getter.cancel()
    await asyncio.sleep(0)
    q.put_nowait("kept")
    print(getter.cancelled(), q.get_nowait())

    zero = asyncio.Queue(0)
    negative = asyncio.Queue(-3)
    print(zero.full(), negative.full(), negative.maxsize)
    print(asyncio.Queue[int])
    print(issubclass(asyncio.QueueEmpty, Exception), issubclass(asyncio.PriorityQueue, asyncio.Queue))


asyncio.run(main())
