# attack: raise a new exception from finally to replace the limit, then catch that one
# limits: max_duration=0.3
# expect: TimeoutError
count = 0
while True:
    try:
        try:
            while True:
                pass
        finally:
            raise ValueError("replaced")
    except ValueError:
        count += 1
