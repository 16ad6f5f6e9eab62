class Cache:
    def __init__(self):
        self.store = {}
        self.misses = 0

    async def load(self, key):
        self.misses += 1
        return key.upper()

    async def get(self, key):
        if key not in self.store:
            self.store[key] = await self.load(key)
        return self.store[key]

    @classmethod
    async def create(cls, keys):
        cache = cls()
        for k in keys:
            await cache.get(k)
        return cache


cache = await Cache.create(["a", "b", "a"])
print(cache.store, cache.misses)
print(await cache.get("c"), await cache.get("a"))
cache.misses
