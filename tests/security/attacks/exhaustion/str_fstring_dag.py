# attack: str() and a spec-less f-string field of a shared-substructure list (exponential output in C)
# limits: max_duration=0.3 max_memory=100000000
x = [1]
for i in range(23):
    x = [x, x]
print(len(str(x)), len(f"{x}"))
