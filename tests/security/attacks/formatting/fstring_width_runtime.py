# attack: f-string width taken from a variable
# limits: max_duration=2 max_memory=100000000
# expect: MemoryError
w = 2 * 10**8
s = f"{'x':>{w}}"
print(len(s))
