# attack: sum(list_of_lists, []) concatenates quadratically in C
# limits: max_duration=0.2 max_memory=100000000
rows = [[0] * 1000] * 350
flat = sum(rows, [])
print(len(flat))
