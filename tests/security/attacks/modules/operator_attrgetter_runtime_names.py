# attack: operator.attrgetter with names built at run time, used as a sort key and in map
import operator
def f():
    pass
names = ["__" + n + "__" for n in ("globals", "code", "closure", "builtins")]
print(sorted([f], key=operator.attrgetter(names[0])))
print(list(map(operator.attrgetter(*names), [f])))
