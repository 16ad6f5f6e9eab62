async def accumulator():
    total = 0
    try:
        while True:
            value = yield total
            if value is not None:
                total += value
    except ValueError as e:
        yield f"reset after {e}"


async def main():
    acc = accumulator()
    print(await acc.asend(None))
    print(await acc.asend(5))
    print(await acc.asend(10))
    print(await acc.athrow(ValueError("bad input")))
    try:
        await acc.asend(1)
    except StopAsyncIteration:
        print("generator finished")
    return "done"


await main()
