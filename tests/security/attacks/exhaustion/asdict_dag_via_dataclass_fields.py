# attack: asdict/astuple of dataclasses nested as a DAG through their fields (no lists)
# limits: max_duration=0.5 max_memory=100000000
import dataclasses
@dataclasses.dataclass
class Pair:
    a: object
    b: object
p = Pair(1, 2)
for i in range(40):
    p = Pair(p, p)
print(len(dataclasses.astuple(p)))
