eg = ExceptionGroup("root", [
    ValueError("a"),
    ExceptionGroup("nested", [TypeError("b"), ValueError("c")]),
    KeyError("d"),
])
print(str(eg))
print(repr(eg.exceptions[0]), len(eg.exceptions))
values = eg.subgroup(lambda e: isinstance(e, ValueError))
print(values.message, [str(e) for e in values.exceptions[:1]], repr(values.exceptions[1]))
match, rest = eg.split(TypeError)
print(repr(match))
print(repr(rest))
print(eg.subgroup(ZeroDivisionError))
leaves = []


def walk(group):
    for e in group.exceptions:
        if isinstance(e, ExceptionGroup):
            walk(e)
        else:
            leaves.append(type(e).__name__)


walk(eg)
leaves
