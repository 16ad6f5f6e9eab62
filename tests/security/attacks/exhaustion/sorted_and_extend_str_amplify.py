# attack: sorted(str) / list.extend(str) of wide characters make a new str object per character
# limits: max_duration=1 max_memory=50000000
s = "\u0101" * (10**6)
acc = []
acc.extend(s)
out = sorted(s)
print(len(acc), len(out), len(set(s)))
