# attack: zip(z, z) repeated: the nesting check walks every path of the iterator DAG
# limits: max_duration=0.5 max_memory=100000000
z = iter([])
for i in range(17):
    z = zip(z, z)
print(next(z, 'empty'))
