# attack: a Template subclass changes its delimiter/flags/pattern to reach attributes
import string
class T(string.Template):
    delimiter = "%"
    braceidpattern = r"[a-z_.]+"
t = T("%{x.__class__}")
print(t.safe_substitute(x=1))
print(getattr(T, "pattern"), getattr(string.Template, "__init_subclass__"))
