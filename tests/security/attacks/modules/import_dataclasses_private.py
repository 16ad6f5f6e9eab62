# attack: from dataclasses import sys, _create_fn, make_dataclass
from dataclasses import make_dataclass
print(make_dataclass("X", [("a", int)]))
