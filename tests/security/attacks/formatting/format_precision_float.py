# attack: a huge precision for a float and a huge width with grouping
# limits: max_duration=2 max_memory=100000000
# expect: MemoryError
print(len(format(1.5, ",.150000000f")))
