def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return composed


def inc(x):
    return x + 1


def double(x):
    return x * 2


pipeline = compose(str, double, inc)
print(pipeline(4), type(pipeline(4)).__name__)
print(inc.__name__, compose.__name__, pipeline.__name__)
print(pipeline.__qualname__)
handlers = [inc, double, abs]
[h(-3) for h in handlers]
