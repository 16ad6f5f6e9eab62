# attack: list(str) and [*str] make 8 bytes of pointers per character
# limits: max_duration=1 max_memory=50000000
s = 'a' * (2 * 10**7)
chars = list(s)
print(len(chars), len([*s]))
