# attack: the real map class read natively by a match keyword, then nested
# limits: max_duration=3 max_memory=300000000
match map(abs, []):
    case object(__class__=real_map):
        pass
it = iter([1])
for i in range(300000):
    it = real_map(abs, it)
print(next(it))
