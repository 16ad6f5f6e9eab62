# attack: dotted value patterns are evaluated through the policy: try hidden attributes in them
def f():
    pass
match 1:
    case f.__globals__:
        pass
