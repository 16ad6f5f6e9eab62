# attack: pprint writes to the host's sys.stdout by default; PrettyPrinter keeps the stream it is given
import pprint
pprint.pprint({"a": 1})
pprint.pp([1, 2])
p = pprint.PrettyPrinter()
p.pprint("via printer")
found = []
for name in ("_pp", "_stream", "_dispatch"):
    try:
        found.append(getattr(p, name))
    except AttributeError:
        pass
class Out:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
o = Out()
pprint.pprint("to a sandbox stream", stream=o)
print(o.parts, found)
found
