# attack: from math import * must not bring private or host names
from json import *
print(sorted(k for k in dir() if not k.startswith("__")))
print(JSONDecoder)
