# attack: eval of a very long flat expression (deep left-nested BinOp tree)
# limits: max_duration=1 max_memory=100000000
src = '+'.join(['1'] * 200000)
print(eval(src))
