# attack: reach the real _io object, its class hierarchy or file-opening functions through io.StringIO/BytesIO (and a subclass)
import io
s = io.StringIO("x")
found = []
for obj, name in [(s, "_io"), (s, "buffer"), (s, "fileno"), (s, "detach"), (io.BytesIO(), "getbuffer"),
                  (io, "open"), (io, "FileIO"), (io, "TextIOWrapper"), (io, "open_code"), (io.StringIO, "__subclasses__")]:
    try:
        found.append(getattr(obj, name))
    except AttributeError:
        pass
class Sub(io.StringIO):
    def grab(self):
        return self._io
    def plant(self):
        self._io = io.StringIO()
for m in ("grab", "plant"):
    try:
        found.append(getattr(Sub(), m)())
    except AttributeError:
        pass
for base in type(s).__mro__:
    for name in ("__init__", "write", "_report_write"):
        try:
            found.append(getattr(getattr(base, name), "__globals__"))
        except AttributeError:
            pass
print(found)
found
