import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name


async def main():
    aws = [job("slow", 0.05), job("fast", 0.01), job("middle", 0.03)]
    for fut in asyncio.as_completed(aws):
        print("got", await fut)

    aws = [job("ok", 0.01), job("bad", 0.02, fail=True), job("late", 0.03)]
    for fut in asyncio.as_completed(aws):
        try:
            print("got", await fut)
        except ValueError as exc:
            print("failed", exc)

    results = []
    try:
        for fut in asyncio.as_completed([job("a", 0.01), job("b", 1), job("c", 1)], timeout=0.05):
            results.append(await fut)
    except asyncio.TimeoutError:
        print("timeout after", results)

    it = asyncio.as_completed([])
    print(list(it))
    tasks = [asyncio.create_task(job(str(i), 0.001 * (5 - i))) for i in range(5)]
    print([await f for f in asyncio.as_completed(tasks)])
    it = asyncio.as_completed(asyncio.Future())
    try:
        next(it)
    except TypeError as exc:
        print("TypeError:", exc)


asyncio.run(main())
