# attack: a __reduce_ex__ state dict makes dataclasses.astuple's deepcopy update a shared host object's __dict__ (typing.AnyStr)
# isolation: child
import dataclasses, typing
print(typing.AnyStr.__name__)
def reduce_ex(self, proto):
    return (lambda: typing.AnyStr, (), {"__name__": "ChangedByAnEarlierRun"})
Evil = type("Evil", (), {"__reduce_ex__": reduce_ex})
@dataclasses.dataclass
class Box:
    v: object
try:
    dataclasses.astuple(Box(Evil()))
except Exception as e:
    print(type(e).__name__)
