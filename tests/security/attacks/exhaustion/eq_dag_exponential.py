# attack: == between two separately built DAGs compares exponentially many leaves
# limits: max_duration=0.5 max_memory=100000000
# known-hole: == over shared-substructure lists runs exponentially long in C
a = [1]
b = [1]
for i in range(24):
    a = [a, a]
    b = [b, b]
print(a == b)
