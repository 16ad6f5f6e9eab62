text = "hello"
print(getattr(text, "upper")())
print(getattr(text, "nope", None))
print(hasattr([], "append"), hasattr(5, "real"), hasattr("x", "push"))
try:
    [1, 2].push(3)
except AttributeError as e:
    print("AttributeError:", e)
try:
    (5).value = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    "x".upper = None
except AttributeError as e:
    print("AttributeError:", e)
{"a": 1}.a
