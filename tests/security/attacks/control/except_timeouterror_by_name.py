# attack: except TimeoutError / MemoryError / RecursionError by name around work that trips limits
# limits: max_duration=0.3
# expect: TimeoutError
for i in range(10**9):
    try:
        while True:
            pass
    except (TimeoutError, MemoryError, RecursionError, Exception):
        continue
