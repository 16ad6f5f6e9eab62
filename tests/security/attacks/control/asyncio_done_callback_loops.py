# attack: a done callback (run by the scheduler, not by a task) loops forever and raises from its handler
# limits: max_duration=0.5
# expect: TimeoutError
import asyncio


def callback(fut):
    try:
        while True:
            pass
    finally:
        raise ValueError("swallow the limit?")


async def main():
    fut = asyncio.Future()
    fut.add_done_callback(callback)
    fut.set_result(1)
    await asyncio.sleep(0.1)
    print("callback did not block the loop")


asyncio.run(main())
