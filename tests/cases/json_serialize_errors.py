import json


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def encode(obj):
    if isinstance(obj, Point):
        return {"x": obj.x, "y": obj.y}
    if isinstance(obj, set):
        return sorted(obj)
    raise TypeError(f"cannot encode {type(obj).__name__}")


data = {"points": [Point(1, 2), Point(3, 4)], "ids": {3, 1, 2}}
print(json.dumps(data, default=encode))
print(json.dumps(float("inf")), json.dumps([True, False, None]))
try:
    json.dumps({"p": Point(0, 0)})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as err:
    print("caught", type(err).__name__)
    last_error = err.args
last_error
