async def get_value():
    return 5


async def main():
    v = await get_value()
    print("value", v)
    return await v


try:
    await main()
    status = "ok"
except TypeError as e:
    status = ("error", str(e))
status
