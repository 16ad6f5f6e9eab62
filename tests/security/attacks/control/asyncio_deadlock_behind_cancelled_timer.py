# attack: a deadlock hidden behind a cancelled far-future timer must still be reported, not waited out until the time limit
# limits: max_duration=5
# expect: RuntimeError
import asyncio


async def main():
    sleeper = asyncio.create_task(asyncio.sleep(10**9))
    await asyncio.sleep(0)
    sleeper.cancel()
    await asyncio.Event().wait()


asyncio.run(main())
