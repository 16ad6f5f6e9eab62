# attack: sleep forever without asyncio: while True, iter(int, 1), recursion-free loops
# limits: max_duration=0.5 max_memory=100000000
# expect: TimeoutError
for _ in iter(int, 1):
    pass
