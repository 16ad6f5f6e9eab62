class Defaults:
    color = "gray"
    size = "M"
    greeting = "hello"


class Theme:
    color = "blue"


class Custom(Theme, Defaults):
    size = "L"


class Reversed(Defaults, Theme):
    pass


c = Custom()
print(c.color, c.size, c.greeting)
r = Reversed()
print(r.color, r.size)
c.color = "red"
print(c.color, Custom.color)
del c.color
print(c.color)
del c.color
