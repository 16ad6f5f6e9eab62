# attack: str.split() of a long string into millions of pieces
# limits: max_duration=1 max_memory=50000000
s = 'a ' * (2 * 10**7)
print(len(s.split()))
