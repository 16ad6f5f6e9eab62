# attack: floor division of huge integers is quadratic and unguarded
# limits: max_duration=0.2 max_memory=100000000
a = 1 << 2_000_000
b = (1 << 1_000_000) + 1
q = a // b
print(q.bit_length())
