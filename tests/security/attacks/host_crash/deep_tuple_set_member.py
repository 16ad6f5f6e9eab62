# attack: a tuple nested 300,000 deep added to a set
# limits: max_duration=3 max_memory=300000000
t = ()
for i in range(300000):
    t = (t,)
s = {t}
print(len(s))
