async def ticker(n):
    for i in range(n):
        yield i * i


async def paginate(pages):
    for page_no, items in enumerate(pages, 1):
        for item in items:
            yield page_no, item


async def main():
    squares = []
    async for value in ticker(5):
        squares.append(value)
    print(squares)
    async for page, item in paginate([["a", "b"], [], ["c"]]):
        print(f"page {page}: {item}")
    evens = [x async for x in ticker(6) if x % 2 == 0]
    return evens


await main()
