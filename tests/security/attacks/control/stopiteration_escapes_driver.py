# attack: a bare StopIteration escaping the top-level coroutine driver
async def f():
    return 1
class W:
    def __await__(self):
        raise StopIteration(5)
        yield
print(await W())
raise StopIteration(9)
