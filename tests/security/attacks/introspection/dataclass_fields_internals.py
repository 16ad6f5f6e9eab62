# attack: dataclasses internals reachable from a dataclass (__dataclass_params__, generated __init__ globals)
import dataclasses
@dataclasses.dataclass
class P:
    x: int = 0
init = P.__init__
print(getattr(P, "__dataclass_params__"), getattr(init, "__globals__"))
