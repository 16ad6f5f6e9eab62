# attack: two tasks bounce a token through asyncio.Queues forever (no sleep, every step blocks on a queue)
# limits: max_duration=0.5
# expect: TimeoutError
import asyncio


async def player(inbox, outbox):
    while True:
        token = await inbox.get()
        outbox.put_nowait(token + 1)


async def main():
    a, b = asyncio.Queue(), asyncio.Queue()
    a.put_nowait(0)
    await asyncio.gather(player(a, b), player(b, a))


asyncio.run(main())
