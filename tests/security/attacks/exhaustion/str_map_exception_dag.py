# attack: str as a callable handed to C (map) and the str of an exception holding a shared-substructure list
# limits: max_duration=0.3 max_memory=100000000
x = [1]
for i in range(23):
    x = [x, x]
print([len(s) for s in map(str, [x])], len(str(ValueError(x))), len(str(KeyError(x))))
