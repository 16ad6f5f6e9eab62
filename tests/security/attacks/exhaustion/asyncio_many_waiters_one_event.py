# attack: pile up waiters on one Event (and timers), then wake them all at once in a single C loop, repeatedly
# limits: max_duration=1 max_memory=200000000
import asyncio


async def main():
    event = asyncio.Event()
    tasks = []
    while True:
        tasks.extend(asyncio.create_task(event.wait()) for _ in range(10000))
        tasks.extend(asyncio.create_task(asyncio.sleep(1000)) for _ in range(10000))
        await asyncio.sleep(0)
        event.set()
        event.clear()


asyncio.run(main())
