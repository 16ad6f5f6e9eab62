# string.Template and its subclasses (pattern, delimiter, idpattern, braceidpattern, flags)
import re
import string


class Percent(string.Template):
    delimiter = "%"


class Upper(string.Template):
    idpattern = r"[A-Z]+"
    flags = 0


class Braced(string.Template):
    braceidpattern = r"[a-z ]+"


class Custom(string.Template):
    pattern = r"""\[(?:(?P<escaped>\[)|(?P<named>\w+)\]|(?P<braced>!)|(?P<invalid>))"""


t = string.Template("$who likes ${what}; $$ and $")
print(t.safe_substitute(who="tim"), t.get_identifiers(), t.is_valid(), t.template)
try:
    t.substitute(who="a", what="b")
except ValueError as e:
    print("ValueError", e)
try:
    string.Template("$x").substitute()
except KeyError as e:
    print("KeyError", e)
print(Percent("%x and %{y} %%").substitute(x=1, y=2), Upper("$AB $cd").safe_substitute(AB=3))
print(Braced("${a b} $c").substitute({"a b": 1}, c=2), Custom("[x] [[ [y").safe_substitute(x=5))
print(Custom("[x]").get_identifiers(), isinstance(Percent("x"), string.Template), type(Custom.pattern) is re.Pattern)
print(Custom.pattern.pattern[:6], Upper.pattern.flags & re.IGNORECASE)
try:
    class Bad(string.Template):
        pattern = r"(unclosed"
except re.error as e:
    print("re.error", e)
try:
    class Compiled(string.Template):
        pattern = re.compile("x")
except ValueError as e:
    print("ValueError", e)
print(string.capwords(" hello   world  " * 2000)[:20], string.capwords("a-b-c", "-"))
