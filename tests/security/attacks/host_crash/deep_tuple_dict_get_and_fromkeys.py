# attack: dict.get / dict.fromkeys / frozenset with a deeply nested tuple
# limits: max_duration=3 max_memory=300000000
t = ()
for i in range(300000):
    t = (t,)
print({}.get(t), len(dict.fromkeys([t])), len(frozenset([t])))
