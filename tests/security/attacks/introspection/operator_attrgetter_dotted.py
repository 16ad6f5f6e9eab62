# attack: operator.attrgetter with a dotted path to globals
import operator
def f():
    pass
print(operator.attrgetter("__globals__.__builtins__")(f))
