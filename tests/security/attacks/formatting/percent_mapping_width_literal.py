# attack: a literal width inside a mapping conversion
# limits: max_duration=2 max_memory=100000000
# expect: MemoryError
s = "%(a)9999999999s" % {"a": 1}
print(len(s))
