# attack: typing objects' internals (__origin__ of a ForwardRef, _evaluate, __forward_code__)
import typing
ref = typing.Optional["os"].__args__[0]
print(getattr(ref, "__forward_code__"), getattr(ref, "_evaluate"))
