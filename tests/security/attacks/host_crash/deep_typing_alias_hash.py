# attack: typing aliases nested 100,000 deep, hashed and printed
# limits: max_duration=3 max_memory=300000000
import typing
t = int
for i in range(100000):
    t = typing.List[t]
print(hash(t))
