# monty: raises RuntimeError
import asyncio


async def main():
    event = asyncio.Event()
    await asyncio.wait_for(event.wait(), None)


asyncio.run(main())
