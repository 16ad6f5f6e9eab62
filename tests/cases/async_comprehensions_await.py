async def double(x):
    return x * 2


async def numbers(n):
    for i in range(n):
        yield i


async def main():
    doubled = [await double(i) for i in range(4)]
    from_gen = {i: await double(i) async for i in numbers(3)}
    filtered = [i async for i in numbers(10) if i % 3 == 0]
    nested = [[await double(j) for j in range(i)] for i in range(3)]
    return doubled, from_gen, filtered, nested


results = await main()
for r in results:
    print(r)
results
