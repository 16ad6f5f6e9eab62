import re

text = "Call 555-1234 or 555-9876. Fax: 555-0000!"
print(re.sub(r"\d{3}-\d{4}", "XXX-XXXX", text))
print(re.sub(r"(\d{3})-(\d{4})", r"\2-\1", text, count=1))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(
    re.split(r"[,;]\s*", "a, b;c,   d"),
    re.split(r"(\s)", "x y"),
    re.split(r"\d", "a1b2c", maxsplit=1),
)
pattern = re.compile(r"^(?P<user>[\w.]+)@(?P<domain>[\w-]+\.\w+)$", re.IGNORECASE)
for email in ["Ann.Lee@Example.COM", "bad@", "x@y.io"]:
    m = pattern.match(email)
    print(email, "->", m.groupdict() if m else None)
print(re.subn(r"o", "0", "foo boo"), re.escape("a.b*c"), pattern.pattern[:10])
print(re.findall(r"^\w+", "one\ntwo\nthree", re.MULTILINE), re.sub(r"\s+", " ", "a \n\t b"))
try:
    re.compile(r"(unclosed")
except Exception as err:
    print("caught", type(err).__name__)
    last_error = err.args
last_error
