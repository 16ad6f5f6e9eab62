# attack: the repr of dict views holding a shared-substructure list
# limits: max_duration=0.3 max_memory=100000000
x = [1]
for i in range(23):
    x = [x, x]
print(len(f"{ {1: x}.values() }"), len(str({1: x}.items())), len("%r" % ({1: x}.values(),)))
