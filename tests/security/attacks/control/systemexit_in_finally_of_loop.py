# attack: SystemExit from a finally block while a time limit is unwinding a loop
# limits: max_duration=0.3
# expect: TimeoutError
try:
    while True:
        pass
finally:
    raise SystemExit(3)
