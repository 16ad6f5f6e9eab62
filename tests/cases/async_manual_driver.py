class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        for _ in range(self.ticks):
            yield "tick"
        return self.ticks


async def worker(name, ticks, log):
    log.append(f"{name} start")
    waited = await Sleep(ticks)
    log.append(f"{name} waited {waited}")
    return name.upper()


def run_all(coros):
    results = {}
    pending = list(coros.items())
    while pending:
        name, coro = pending.pop(0)
        try:
            coro.send(None)
            pending.append((name, coro))
        except StopIteration as stop:
            results[name] = stop.value
    return results


log = []
results = run_all({"a": worker("a", 2, log), "b": worker("b", 1, log), "c": worker("c", 0, log)})
print(log)
results
