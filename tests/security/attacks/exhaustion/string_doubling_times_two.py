# attack: s *= 2 and s = 2 * s in a loop
# limits: max_duration=1 max_memory=100000000
# expect: MemoryError
s = 'ab'
for i in range(25):
    s *= 2
    s = 2 * s[: len(s) // 2]
print(len(s))
