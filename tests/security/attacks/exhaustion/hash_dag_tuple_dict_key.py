# attack: a shared-substructure tuple used as a dict key is hashed natively along every path (exponential in one C call)
# limits: max_duration=0.3 max_memory=100000000
# known-hole: dict/set insertion and lookup hash the key in C; only the hash() builtin walks shared tuples once (dags.tuple_hash)
t = (1,)
for i in range(25):
    t = (t, t)
d = {t: 1}
print(len(d), t in d)
