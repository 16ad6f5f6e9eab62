class Ready:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        if False:
            yield
        return self.value


class Delayed:
    def __init__(self, value, steps):
        self.value, self.steps = value, steps

    def __await__(self):
        total = yield from Ready(self.value * self.steps).__await__()
        return total + 1


async def compute():
    a = await Ready(10)
    b = await Delayed(3, 4)
    return a + b


coro = compute()
try:
    coro.send(None)
except StopIteration as done:
    print("finished with", done.value)
await compute()
