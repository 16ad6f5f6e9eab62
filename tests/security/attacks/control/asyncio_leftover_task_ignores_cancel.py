# attack: main returns while a leftover task ignores the cancellation asyncio.run sends it at shutdown
# limits: max_duration=0.5
# expect: TimeoutError
import asyncio


async def immortal():
    while True:
        try:
            await asyncio.sleep(0)
        except BaseException:
            pass


async def main():
    asyncio.create_task(immortal())
    await asyncio.sleep(0)
    return "main done"


print(asyncio.run(main()))
