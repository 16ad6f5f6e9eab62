# attack: a tuple nested 300,000 deep used as a dict key
# limits: max_duration=3 max_memory=300000000
t = ()
for i in range(300000):
    t = (t,)
d = {t: 1}
print(len(d))
