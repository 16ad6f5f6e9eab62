# attack: the repr of a slice holding a shared-substructure list
# limits: max_duration=0.3 max_memory=100000000
x = [1]
for i in range(23):
    x = [x, x]
print(len(str(slice(x, x))), len("{!r}".format(slice(x))))
