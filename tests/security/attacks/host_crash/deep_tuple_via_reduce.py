# attack: a deep tuple built with functools.reduce, then hashed as a dict key
# limits: max_duration=3 max_memory=300000000
import functools
t = functools.reduce(lambda acc, _: (acc,), range(300000), ())
print(len({t: 0}))
