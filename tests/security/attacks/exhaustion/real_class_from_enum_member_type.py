# attack: an Enum's _member_type_ is the unproxied builtin class
# limits: max_duration=1 max_memory=50000000
import enum
class E(tuple, enum.Enum):
    A = (1,)
print(len(E._member_type_(range(5 * 10**6))))
