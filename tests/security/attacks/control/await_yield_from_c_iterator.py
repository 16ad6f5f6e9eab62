# attack: a generator-based awaitable that yields from a C iterator of Nones
# limits: max_duration=0.3
class Forever:
    def __await__(self):
        yield from map({}.get, range(10**7))
async def main():
    await Forever()
await main()
