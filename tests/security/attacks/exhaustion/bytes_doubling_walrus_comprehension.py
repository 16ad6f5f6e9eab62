# attack: b = b * 2 for bytes inside a comprehension with an assignment expression
# limits: max_duration=1 max_memory=100000000
# expect: MemoryError
b = b'ab'
sizes = [len(b := b * 2) for i in range(40)]
print(sizes[-1])
