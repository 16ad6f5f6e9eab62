# attack: exceptions raised by done callbacks are reported by the loop: they must go to the sandbox's stderr, never the host's
# limits: max_duration=2
import asyncio


class Loud(Exception):
    def __str__(self):
        return open(canary_path).read()


def callback(fut):
    raise Loud()


async def main():
    for _ in range(3):
        fut = asyncio.Future()
        fut.add_done_callback(callback)
        fut.set_result(1)
        await asyncio.sleep(0)
    return "survived"


print(asyncio.run(main()))
