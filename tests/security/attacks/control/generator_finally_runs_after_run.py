# attack: a suspended generator's finally block runs when the host frees the run, with no limit
# limits: max_duration=1
def worker():
    try:
        yield 1
    finally:
        total = 0
        for i in range(3 * 10**7):
            total += i
kept = worker()
next(kept)
