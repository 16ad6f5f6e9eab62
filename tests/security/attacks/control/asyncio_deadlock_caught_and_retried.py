# attack: catch the scheduler's deadlock error and run the deadlocked program again, forever
# limits: max_duration=0.5
# expect: TimeoutError
import asyncio


async def main():
    await asyncio.Event().wait()


while True:
    try:
        asyncio.run(main())
    except BaseException:
        pass
