# attack: __exit__ itself loops forever after the limit tripped inside the body
# limits: max_duration=0.3
# expect: TimeoutError
class Spin:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        while True:
            pass
with Spin():
    while True:
        pass
