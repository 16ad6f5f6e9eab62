# attack: pile up pending tasks (event waiters, long sleeps) as fast as possible: every one still pending when the time limit trips is torn down after it
# limits: max_duration=3 max_memory=300000000

import asyncio

async def main():
    event = asyncio.Event()
    tasks = []
    while True:
        tasks.extend(asyncio.create_task(event.wait()) for _ in range(10000))
        tasks.extend(asyncio.create_task(asyncio.sleep(1000)) for _ in range(50000))
        await asyncio.sleep(0)
        event.set()
        event.clear()

asyncio.run(main())
