# attack: catch everything around an infinite loop and start it again
# limits: max_duration=0.3
# expect: TimeoutError
while True:
    try:
        while True:
            pass
    except BaseException:
        pass
