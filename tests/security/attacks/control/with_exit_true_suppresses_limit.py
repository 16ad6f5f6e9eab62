# attack: a context manager whose __exit__ returns True around an infinite loop
# limits: max_duration=0.3
# expect: TimeoutError
class Swallow:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return True
while True:
    with Swallow():
        while True:
            pass
