# attack: the repr of an enum member whose value is a shared-substructure list
# limits: max_duration=0.3 max_memory=100000000
x = [1]
for i in range(23):
    x = [x, x]
import enum
class F(enum.Enum):
    B = x
print(len(repr(F.B)), len(f"{F.B!r}"))
