# attack: asyncio.timeout fires, the body swallows the CancelledError and keeps going, again and again
# limits: max_duration=0.5
# expect: TimeoutError
import asyncio


async def main():
    while True:
        try:
            async with asyncio.timeout(0):
                while True:
                    try:
                        await asyncio.sleep(0)
                    except asyncio.CancelledError:
                        asyncio.current_task().uncancel()
        except BaseException:
            pass


asyncio.run(main())
