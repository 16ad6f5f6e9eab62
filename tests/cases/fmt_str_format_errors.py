template = "{0} scored {1} points"
print(template.format("ann", 12))
try:
    print(template.format("ann"))
except IndexError as e:
    print("IndexError:", e)
try:
    print("{name}".format(nme="x"))
except KeyError as e:
    print("KeyError:", e)
try:
    print("{} {0}".format(1, 2))
except ValueError as e:
    print("ValueError:", e)
try:
    print("{0.missing}".format(5))
except AttributeError as e:
    print("AttributeError:", e)
try:
    "{:d}".format("12")
except ValueError as exc:
    outcome = f"{type(exc).__name__}: {exc}"
outcome
