# attack: the globals of string.Template's methods (module string imports re and more)
import string
meth = string.Template.substitute
print(getattr(meth, "__globals__")["_re"])
