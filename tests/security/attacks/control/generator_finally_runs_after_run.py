# attack: a suspended generator's finally block runs when the host frees the run, with no limit
# limits: max_duration=1
# known-hole: LimitExceeded escapes a sandbox finalizer that runs after the run, into the host's unraisable hook (stderr)
def worker():
    try:
        yield 1
    finally:
        total = 0
        for i in range(3 * 10**7):
            total += i
kept = worker()
next(kept)
