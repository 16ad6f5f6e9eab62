class SyncOnly:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        return False


async def main():
    with SyncOnly():
        print("sync with works")
    async with SyncOnly():
        print("never")


try:
    await main()
    status = "ok"
except TypeError as e:
    status = ("error", str(e))
status
