# attack: dataclasses.asdict deep-copies field values: a __reduce_ex__ (via type()) makes copy setattr the shared list stand-in
# isolation: child
import dataclasses
print(list("ab"))
def reduce_ex(self, proto):
    return (lambda: list, (), (None, {"_cls": tuple}))
Evil = type("Evil", (), {"__reduce_ex__": reduce_ex})
@dataclasses.dataclass
class Box:
    v: object
try:
    dataclasses.asdict(Box(Evil()))
except Exception as e:
    print(type(e).__name__)
