# attack: == between two separately built DAGs compares exponentially many leaves
# limits: max_duration=0.5 max_memory=100000000
# known-hole: in-process limit: == over shared-substructure lists runs exponentially long in one C call holding the GIL (process isolation, issue 6, bounds it with a hard kill)
a = [1]
b = [1]
for i in range(27):
    a = [a, a]
    b = [b, b]
print(a == b)
