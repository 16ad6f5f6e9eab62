# attack: operator.methodcaller('format', ...) applied to a hostile format string
import operator
def f():
    pass
print(operator.methodcaller("format", f)("{0.__globals__}"))
