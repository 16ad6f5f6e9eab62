# attack: write attributes on the shared list/dict stand-ins and on builtin classes
# isolation: child
print(hasattr(list, "pwned"))
for cls in (list, dict, type, tuple, str):
    try:
        setattr(cls, "pwned", 1)
    except Exception as e:
        print(type(e).__name__)
