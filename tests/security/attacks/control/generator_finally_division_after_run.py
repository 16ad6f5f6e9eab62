# attack: a suspended generator's finally does slow C-level work when the host frees it
# limits: max_duration=1
a = 1 << 3_000_000
b = (1 << 1_500_000) + 1
def worker():
    try:
        yield 1
    finally:
        a // b
kept = worker()
next(kept)
