# attack: a TaskGroup member fails; another member swallows the cancellation forever, so the group never exits
# limits: max_duration=0.5
# expect: TimeoutError
import asyncio


async def stubborn():
    while True:
        try:
            await asyncio.sleep(0.001)
        except BaseException:
            pass


async def fail():
    raise ValueError("boom")


async def main():
    while True:
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(stubborn())
                tg.create_task(fail())
        except BaseException:
            pass


asyncio.run(main())
