# attack: str.format nested width field from an argument
# limits: max_duration=2 max_memory=100000000
# expect: MemoryError
s = "{:{}}".format("x", 10**9)
print(len(s))
