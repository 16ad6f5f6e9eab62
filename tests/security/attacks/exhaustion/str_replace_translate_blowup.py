# attack: replace and translate that multiply a string's size
# limits: max_duration=1 max_memory=100000000
# expect: MemoryError
s = 'a' * 10**6
print(len(s.replace('a', 'b' * 1000)))
print(len(s.translate({97: 'c' * 1000})))
