# attack: round(int, -n) computes 10 ** n in C; int.__round__ likewise
# limits: max_duration=0.5 max_memory=100000000
print(round(5, -10**9))
print((5).__round__(-10**9))
x = (1 << 3_000_000) - 1
print(round(x, -450_000).bit_length())
