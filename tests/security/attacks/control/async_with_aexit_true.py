# attack: async with whose __aexit__ returns True around a loop
# limits: max_duration=0.3
# expect: TimeoutError
class Swallow:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *exc):
        return True
async def main():
    while True:
        async with Swallow():
            while True:
                pass
await main()
