class Record:
    def __init__(self, **fields):
        for key, value in fields.items():
            setattr(self, key, value)


r = Record(name="widget", qty=3)
print(vars(r))
setattr(r, "price", 9.99)
print(getattr(r, "price"), hasattr(r, "qty"), hasattr(r, "color"))
delattr(r, "qty")
print(vars(r))
vars(r)["note"] = "added via vars"
print(r.note)
fields = sorted(vars(r).items())
print(fields)
try:
    delattr(r, "qty")
except AttributeError as err:
    print("caught", type(err).__name__)
    last_error = err.args
last_error
