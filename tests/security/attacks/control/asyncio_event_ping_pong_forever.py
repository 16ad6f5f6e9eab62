# attack: two tasks wake each other through asyncio.Events forever, catching everything they can
# limits: max_duration=0.5
# expect: TimeoutError
import asyncio


async def player(mine, theirs):
    while True:
        try:
            await mine.wait()
            mine.clear()
            theirs.set()
        except BaseException:
            pass


async def main():
    ping, pong = asyncio.Event(), asyncio.Event()
    ping.set()
    await asyncio.gather(player(ping, pong), player(pong, ping))


asyncio.run(main())
