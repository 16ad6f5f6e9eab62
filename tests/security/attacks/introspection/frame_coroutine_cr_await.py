# attack: a suspended coroutine's cr_await chain and cr_code
class Wait:
    def __await__(self):
        yield
async def co():
    await Wait()
c = co()
c.send(None)
print(getattr(c, "cr_await"), getattr(c, "cr_code"))
