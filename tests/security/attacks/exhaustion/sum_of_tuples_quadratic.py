# attack: sum(tuples, ()) and sum with a list subclass start concatenate quadratically in C
# limits: max_duration=0.5 max_memory=200000000
class L(list):
    pass
rows = [(0,) * 1000] * 3000
print(len(sum(rows, ())))
print(len(sum([[0] * 1000] * 3000, L())))
