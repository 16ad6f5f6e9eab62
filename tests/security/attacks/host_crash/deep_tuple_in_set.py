# attack: `in` test of a deeply nested tuple against a set
# limits: max_duration=3 max_memory=300000000
t = ()
for i in range(300000):
    t = (t,)
print(t in {1, 2})
