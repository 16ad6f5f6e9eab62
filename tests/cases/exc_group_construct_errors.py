g = ExceptionGroup("ok", [ValueError(1)])
print(g, g.exceptions)
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("bad", [1, 2])
except ValueError as e:
    print("ValueError:", e)
ExceptionGroup(["not", "a", "message"], [ValueError()])
