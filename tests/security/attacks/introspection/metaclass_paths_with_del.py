# attack: every other way to call a metaclass with a namespace holding __del__ (type(ABC), __call__, __new__, EnumMeta)
import abc
import enum
def fin(self):
    print("finalizer ran")
made = []
attempts = [
    lambda: type(abc.ABC)("X", (), {"__del__": fin}),
    lambda: type.__call__(abc.ABCMeta, "X", (), {"__del__": fin}),
    lambda: abc.ABCMeta.__call__(abc.ABCMeta, "X", (), {"__del__": fin}),
    lambda: abc.ABCMeta.__new__(abc.ABCMeta, "X", (), {"__reduce_ex__": fin}),
    lambda: type.__new__(type, "X", (), {"__del__": fin}),
    lambda: type(abc.ABC).__new__(type(abc.ABC), "X", (abc.ABC,), {"__del__": fin}),
    lambda: enum.EnumMeta.__new__(enum.EnumMeta, "X", (), {"__del__": fin}),
]
for attempt in attempts:
    try:
        made.append(attempt()())
    except TypeError as e:
        print("refused:", e)
print(len(made))
