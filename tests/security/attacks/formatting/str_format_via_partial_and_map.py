# attack: str.format bound through functools.partial and map
import functools
print(list(map(functools.partial(str.format, "{0.__self__}"), [len])))
