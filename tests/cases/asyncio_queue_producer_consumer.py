import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.qsize(), q.empty(), q.full())
    consumed = []

    async def producer():
        for i in range(5):
            await q.put(i)
        await q.put(None)

    async def consumer():
        while True:
            item = await q.get()
            q.task_done()
            if item is None:
                return
            consumed.append(item)

    await asyncio.gather(producer(), consumer())
    print(consumed, q.empty())

    q = asyncio.Queue()
    for word in ["x", "y", "z"]:
        q.put_nowait(word)
    print(q.qsize(), q.full(), str(q))

    async def worker():
        while True:
            item = await q.get()
            await asyncio.sleep(0.001)
            consumed.append(item)
            q.task_done()

    workers = [asyncio.create_task(worker()) for _ in range(2)]
    await q.join()
    print("joined", consumed[-3:])
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    await q.join()  # nothing unfinished: returns at once
    print("done")


asyncio.run(main())
