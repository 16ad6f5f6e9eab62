# attack: typing caches hash their (deeply nested) tuple parameters
# limits: max_duration=3 max_memory=300000000
import typing
t = ()
for i in range(300000):
    t = (t,)
print(typing.Literal[t])
