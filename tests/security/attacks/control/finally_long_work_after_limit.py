# attack: keep working inside finally after the time limit tripped
# limits: max_duration=0.3
# expect: TimeoutError
try:
    while True:
        pass
finally:
    total = 0
    for i in range(10**8):
        total += i
    print("finished after the limit", total)
