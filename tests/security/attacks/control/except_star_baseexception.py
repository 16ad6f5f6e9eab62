# attack: except* BaseException wraps the limit in an exception group and swallows it
# limits: max_duration=0.3
# expect: TimeoutError
while True:
    try:
        while True:
            pass
    except* BaseException:
        pass
