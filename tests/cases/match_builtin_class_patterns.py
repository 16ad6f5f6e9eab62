def kind(value):
    match value:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str() as s if s.isdigit():
            return f"numeric string {s}"
        case str(s):
            return f"string {s!r}"
        case [int(), *_] as lst:
            return f"int list of {len(lst)}"
        case list() | tuple():
            return "other sequence"
        case dict(d):
            return f"dict with {len(d)} keys"
        case _:
            return "something else"


samples = [True, -4, 7, 2.5, "42", "hi", [1, "a"], ["a"], (), {"k": 1}, None]
for s in samples:
    print(kind(s))
kind(3.0)
