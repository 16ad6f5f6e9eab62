from collections import namedtuple, ChainMap

Point = namedtuple("Point", ["x", "y"])
Color = namedtuple("Color", "r g b", defaults=[0])
p = Point(3, y=4)
print(p, p.x + p.y, p._asdict(), p._replace(x=10), Point._fields)
print(Color(255, 128), Color._field_defaults, tuple(Color(1, 2, 3)))
defaults = {"theme": "light", "lang": "en"}
user = {"theme": "dark"}
settings = ChainMap(user, defaults)
print(settings["theme"], settings["lang"], len(settings), sorted(settings))
settings["lang"] = "fr"
print(user, defaults, settings.maps[0] is user)
child = settings.new_child({"theme": "blue"})
print(child["theme"], child.parents["theme"])
Point(1, 2, 3)
