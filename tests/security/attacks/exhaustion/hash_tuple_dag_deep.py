# attack: hash() of a 60-level tuple DAG (2**60 leaves in CPython's C hash), inside another tuple
# limits: max_duration=0.5 max_memory=100000000
t = ("x",)
for i in range(60):
    t = (t, i, t)
print(hash((t, t)) == hash((t, t)))
