x = "global"


def outer():
    x = "outer"

    def inner():
        x = "inner"
        return x

    def reader():
        return x

    return inner(), reader(), x


print(outer())
print(x)


def uses_builtin_shadow():
    len = lambda s: -1
    return len("abc")


[uses_builtin_shadow(), len("abc")]
