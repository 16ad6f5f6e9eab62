# attack: AttributeError.obj is the unproxied list class; call it on a huge range
# limits: max_duration=1 max_memory=50000000
try:
    list.nope
except AttributeError as e:
    real = e.obj
print(len(real(range(5 * 10**6))))
