# attack: return from finally to swallow a tripped limit, then loop again
# limits: max_duration=0.3
# expect: TimeoutError
def spin():
    try:
        while True:
            pass
    finally:
        return "swallowed"
while True:
    spin()
