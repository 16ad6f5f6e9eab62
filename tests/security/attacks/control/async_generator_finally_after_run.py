# attack: an unfinished async generator's finally runs at garbage collection, outside the run
# limits: max_duration=1
async def agen():
    try:
        yield 1
    finally:
        total = 0
        for i in range(3 * 10**7):
            total += i
kept = agen()
await kept.__anext__()
