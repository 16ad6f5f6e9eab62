# attack: sleep for an absurd time (and wait_for with an absurd timeout): the run must still end at its time limit
# limits: max_duration=0.5
# expect: TimeoutError
import asyncio


async def main():
    await asyncio.wait_for(asyncio.sleep(1e300), 1e308)
    await asyncio.sleep(float("inf"))


asyncio.run(main())
