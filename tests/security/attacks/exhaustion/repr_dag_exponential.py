# attack: repr()/str()/print of a shared-substructure list (exponential output)
# limits: max_duration=0.3 max_memory=100000000
x = [1]
for i in range(20):
    x = [x, x]
print(len(repr(x)))
