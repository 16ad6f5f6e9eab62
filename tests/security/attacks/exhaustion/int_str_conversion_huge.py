# attack: str() of a huge int and int() of a huge digit string
# limits: max_duration=1 max_memory=100000000
x = 10 ** 100000
s = str(x)
print(len(s), int('9' * 10**6))
