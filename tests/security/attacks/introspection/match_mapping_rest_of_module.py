# attack: a mapping pattern with **rest over a mappingproxy to copy a class dict
class A:
    x = 1
match A.__dict__:
    case {"__dict__": d, **rest}:
        print(d, sorted(rest))
