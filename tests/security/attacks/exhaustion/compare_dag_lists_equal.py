# attack: == between two equal shared-substructure lists built apart compares along every path in one C call
# limits: max_duration=0.3 max_memory=100000000
# known-hole: list/tuple rich comparison recurses natively; the identity shortcut only helps when both sides share the same objects
a = [1]
b = [1]
for i in range(26):
    a = [a, a]
    b = [b, b]
print(a == b)
