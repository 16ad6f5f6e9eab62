temp = [1, 2, 3]
alias = temp
del temp
print(alias)
a = b = 5
del a
print(b)
config = {"debug": True, "verbose": False, "level": 2}
del config["verbose"], config["level"]
print(config)


class Box:
    pass


box = Box()
box.label = "fragile"
box.weight = 3
del box.label
print(vars(box))
del temp
