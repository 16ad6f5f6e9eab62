# attack: a dataclass field name that is not an identifier gets pasted into host exec() source
name = "__class__,__import__('os').environ['MONTY_CANARY_SECRET'],open(" + repr(canary_path) + ").read(),open(" + repr(canary_write_path) + ",'w').write('x'))#"
import dataclasses
A = type("A", (), {"__annotations__": {name: int}})
B = dataclasses.dataclass(init=False, repr=False)(A)
print(B() == B())
