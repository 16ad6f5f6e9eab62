# attack: hash() of a tuple DAG hashes exponentially many leaves
# limits: max_duration=0.5 max_memory=100000000
t = (1,)
for i in range(21):
    t = (t, t)
print(hash(t))
