# attack: a tuple DAG as a set member / dict key (hashed natively)
# limits: max_duration=0.5 max_memory=100000000
# known-hole: in-process limit: dict/set hash tuple DAGs natively, exponential time in one C call holding the GIL (process isolation, issue 6, bounds it with a hard kill)
t = (1,)
for i in range(26):
    t = (t, t)
print(len({t: 1}), t in {2})
