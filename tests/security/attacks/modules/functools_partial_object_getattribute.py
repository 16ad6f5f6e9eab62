# attack: partial(object.__getattribute__) and partial(type.__getattribute__)
import functools
get = functools.partial(object.__getattribute__, len)
print(get("__self__"))
