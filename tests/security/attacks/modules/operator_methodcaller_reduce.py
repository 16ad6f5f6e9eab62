# attack: operator.methodcaller('__reduce_ex__', 2) on a builtin to get copyreg internals
import operator
print(operator.methodcaller("__reduce_ex__", 2)(1))
