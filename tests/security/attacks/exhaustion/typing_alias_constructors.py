# attack: typing.Deque / typing.Counter call the real classes on lazy iterables
# limits: max_duration=1 max_memory=50000000
import typing
d = typing.Deque(range(5 * 10**6))
print(len(d))
