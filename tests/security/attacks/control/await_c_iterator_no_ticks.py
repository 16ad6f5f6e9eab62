# attack: __await__ returns a C iterator of Nones: the host's coroutine driver loops without ticks
# limits: max_duration=0.3
class Forever:
    def __await__(self):
        return map({}.get, range(10**7))
await Forever()
