# attack: subclass the asyncio classes and read or overwrite their private state from self
import asyncio

out = []


class MyTask(asyncio.Task):
    def peek(self):
        for name in ("_coro", "_loop", "_waiting_on"):
            try:
                out.append(getattr(self, name))
            except AttributeError:
                pass


class MyFuture(asyncio.Future):
    def peek(self):
        for name in ("_loop", "_callbacks", "_state"):
            try:
                out.append(getattr(self, name))
            except AttributeError:
                pass
        try:
            self._callbacks = Evil()
        except AttributeError:
            pass


class Evil:
    def __iter__(self):
        return iter([lambda fut: out.append("evil callback")])


class MyQueue(asyncio.Queue):
    def peek(self):
        for name in ("_queue", "_getters", "_finished"):
            try:
                out.append(getattr(self, name))
            except AttributeError:
                pass
        try:
            self._queue = Evil()
        except AttributeError:
            pass


class MyGroup(asyncio.TaskGroup):
    def peek(self):
        for name in ("_parent_task", "_tasks", "_loop"):
            try:
                out.append(getattr(self, name))
            except AttributeError:
                pass


async def main():
    f = MyFuture()
    f.peek()
    f.set_result(1)
    q = MyQueue()
    q.peek()
    q.put_nowait(1)
    print(q.get_nowait())
    async with MyGroup() as g:
        g.peek()
    for value in out:
        if type(value).__name__ == "Task":
            try:
                return getattr(value._coro, "cr" + "_frame")
            except AttributeError:
                pass
        for attr in ("rt", "cr_frame", "ready"):
            try:
                return getattr(value, attr)
            except AttributeError:
                pass
    return [type(v).__name__ for v in out]


asyncio.run(main())
