import string

t = string.Template("Dear $name, your order #${order_id} ships $$free.")
print(t.substitute(name="Ivy", order_id=1042))
print(t.safe_substitute(name="Jo"))
print(string.capwords("the QUICK   brown fox"))
print(string.ascii_lowercase[:5], string.digits, string.punctuation[:6])
print(string.ascii_uppercase.index("K"), len(string.ascii_letters), string.hexdigits)
try:
    t.substitute(name="Kai")
except KeyError as exc:
    outcome = f"{type(exc).__name__}: {exc}"
outcome
