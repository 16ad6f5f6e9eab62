# attack: string.Template.substitute with a mapping that serves host objects and dotted names
import string
class M(dict):
    def __missing__(self, key):
        return key
class T(string.Template):
    idpattern = r"[_a-z][_a-z0-9.]*"
print(T("$f.__globals__").substitute(M()))
