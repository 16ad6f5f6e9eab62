# attack: many fields of allowed width in one format call add up past the memory limit
# limits: max_duration=2 max_memory=100000000
# expect: MemoryError
fmt = "{:9000000}" * 40
print(len(fmt.format(*([1] * 40))))
