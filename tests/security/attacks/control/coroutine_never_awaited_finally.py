# attack: a started coroutine left suspended: its finally runs when the host collects it
# limits: max_duration=1
class Wait:
    def __await__(self):
        yield
async def co():
    try:
        await Wait()
    finally:
        total = 0
        for i in range(3 * 10**7):
            total += i
kept = co()
kept.send(None)
