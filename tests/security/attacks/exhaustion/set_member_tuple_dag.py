# attack: a tuple DAG as a set member / dict key (hashed natively)
# limits: max_duration=0.5 max_memory=100000000
# known-hole: dict/set hash tuple DAGs natively: exponential time in C
t = (1,)
for i in range(23):
    t = (t, t)
print(len({t: 1}), t in {2})
