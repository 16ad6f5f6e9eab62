# attack: divmod() of huge integers is quadratic and unguarded
# limits: max_duration=0.2 max_memory=100000000
a = (1 << 2_000_000) - 1
b = (1 << 1_000_000) + 7
q, r = divmod(a, b)
print(r.bit_length())
