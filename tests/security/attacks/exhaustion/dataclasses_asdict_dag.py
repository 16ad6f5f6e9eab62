# attack: dataclasses.asdict recursing over a DAG in host Python code
# limits: max_duration=0.5 max_memory=100000000
import dataclasses
@dataclasses.dataclass
class Box:
    v: object
x = [1]
for i in range(16):
    x = [x, x]
print(len(str(dataclasses.asdict(Box(x)))))
