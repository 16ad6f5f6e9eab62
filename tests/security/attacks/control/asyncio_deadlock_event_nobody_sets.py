# attack: every task waits on an Event nobody sets: the run must end with a clear error, not hang
# limits: max_duration=5
# expect: RuntimeError
import asyncio


async def waiter(event):
    await event.wait()


async def main():
    event = asyncio.Event()
    lock = asyncio.Lock()
    await lock.acquire()
    await asyncio.gather(waiter(event), waiter(event), lock.acquire(), asyncio.Queue().get())


asyncio.run(main())
