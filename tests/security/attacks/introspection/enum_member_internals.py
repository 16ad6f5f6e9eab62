# attack: an Enum's internal tables (_member_type_, _new_member_, _value2member_map_) for host objects
import enum
class E(enum.Enum):
    A = 1
for name in ("_member_type_", "_new_member_", "_generate_next_value_", "_missing_"):
    value = getattr(E, name)
    print(name, value, getattr(value, "__self__", None), getattr(value, "__globals__", None))
