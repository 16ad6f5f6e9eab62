# attack: break/continue inside finally to drop a tripped limit
# limits: max_duration=0.3
# expect: TimeoutError
while True:
    for i in range(2):
        try:
            while True:
                pass
        finally:
            continue
    try:
        while True:
            pass
    finally:
        break
while True:
    pass
