# attack: wait_for times out, but the inner coroutine swallows every CancelledError, so wait_for waits for it forever
# limits: max_duration=0.5
# expect: TimeoutError
import asyncio


async def stubborn():
    while True:
        try:
            await asyncio.sleep(0)
        except asyncio.CancelledError:
            pass


async def main():
    await asyncio.wait_for(stubborn(), 0.01)


asyncio.run(main())
