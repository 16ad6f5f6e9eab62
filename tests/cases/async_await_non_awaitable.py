async def get_value():
    return 5


async def main():
    v = await get_value()
    print("value", v)
    return await v


await main()
