import re

pat = re.compile(r"(?P<key>\w+)\s*=\s*(?P<value>[^;]+)", re.IGNORECASE)
print(pat)
print(pat.pattern, pat.groups, dict(pat.groupindex), pat.flags == re.IGNORECASE | re.UNICODE)
m = pat.search("Name = Ada; lang=Python")
print(m)
print(m["key"], m.group("value"), m.span(), m.start(2), m.end(), m.lastgroup, m.lastindex)
print([mm.groupdict() for mm in pat.finditer("a=1;b=2")])
print(re.sub(r"(\d+)", lambda mo: str(int(mo.group(1)) * 2), "x1 y22 z333"))
print(re.split(r"[,;]\s*", "a, b;c"), re.fullmatch(r"\d+", "123") is not None)
print(re.findall(r"(?m)^\w", "ab\ncd\nef"), re.escape("1+1=2?"))
try:
    re.compile("[a-")
except re.error as exc:
    print("error:", exc)
re.sub(r"x", r"\g<2>", "xx")
