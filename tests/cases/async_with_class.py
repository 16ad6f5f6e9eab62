class AsyncSession:
    def __init__(self, name):
        self.name = name
        self.events = []

    async def __aenter__(self):
        self.events.append("connect")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.events.append(f"disconnect ({exc_type.__name__ if exc_type else 'clean'})")
        return exc_type is KeyError

    async def query(self, sql):
        self.events.append(f"query {sql}")
        return [1, 2, 3]


async def main():
    session = AsyncSession("db")
    async with session as s:
        rows = await s.query("SELECT 1")
    async with session:
        raise KeyError("swallowed")
    print(rows)
    return session.events


await main()
