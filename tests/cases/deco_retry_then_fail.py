def retry(times, exceptions=(Exception,)):
    def decorator(func):
        def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return func(*args)
                except exceptions as e:
                    print(f"attempt {attempt} failed: {e}")
            raise RuntimeError(f"gave up after {times} attempts")
        return wrapper
    return decorator


state = {"n": 0}


@retry(3, exceptions=(ConnectionError,))
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise ConnectionError(f"timeout #{state['n']}")
    return "connected"


print(flaky())
state["n"] = -5
flaky()
