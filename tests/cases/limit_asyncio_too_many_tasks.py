# monty: raises MemoryError max_duration=10
import asyncio


async def main():
    tasks = [asyncio.create_task(asyncio.sleep(100)) for _ in range(60000)]
    await asyncio.gather(*tasks)


asyncio.run(main())
