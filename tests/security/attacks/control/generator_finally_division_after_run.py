# attack: a suspended generator's finally does slow C-level work when the host frees it
# limits: max_duration=1
# known-hole: LimitExceeded escapes a sandbox finalizer that runs after the run, into the host's unraisable hook (stderr)
a = 1 << 3_000_000
b = (1 << 1_500_000) + 1
def worker():
    try:
        yield 1
    finally:
        a // b
kept = worker()
next(kept)
