# attack: str.format with tens of thousands of fields (the formatter re-sums its output per field)
# limits: max_duration=0.2 max_memory=100000000
fmt = '{}' * 3500
print(len(fmt.format(*([''] * 3500))))
