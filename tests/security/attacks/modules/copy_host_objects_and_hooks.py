# attack: copy/deepcopy of modules, functions, host objects and hooks that would reach host internals or write into host objects
# isolation: child
import copy, io, hashlib, json
print(list("ab"))
found = []
for obj in (json, copy, io.StringIO("x"), hashlib.sha256(), (i for i in ()), print, list):
    for f in (copy.copy, copy.deepcopy):
        try:
            r = f(obj)
            if r is not obj:
                found.append(r)
        except TypeError:
            pass
class Evil:
    __slots__ = ("a",)
    def __deepcopy__(self, memo):
        return [type(v) for v in memo.values()]
e = Evil()
e.a = 1
found.append(copy.deepcopy([e]))
class Sub(io.StringIO):
    pass
try:
    found.append(copy.copy(Sub()))
except TypeError:
    pass
print(found)
