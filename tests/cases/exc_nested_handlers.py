log = []


def step(n):
    log.append(f"step {n}")
    if n == 2:
        raise ValueError(f"step {n} failed")
    if n == 4:
        raise TypeError(f"step {n} misconfigured")


for n in range(1, 6):
    try:
        try:
            step(n)
        except ValueError as e:
            log.append(f"recovered: {e}")
        else:
            log.append("no error")
    except TypeError as e:
        log.append(f"outer: {e}")
    finally:
        log.append("-")
print(len(log))
log
