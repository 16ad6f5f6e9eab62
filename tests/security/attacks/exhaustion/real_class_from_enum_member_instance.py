# attack: _member_type_ read through an enum member (cached instance attribute path), and after shadowing it on one member
# limits: max_duration=1 max_memory=50000000
import enum
class E(tuple, enum.Enum):
    A = (1,)
    B = (2,)
E.A._member_type_
real = E.B._member_type_
print(len(real(range(5 * 10**6))))
