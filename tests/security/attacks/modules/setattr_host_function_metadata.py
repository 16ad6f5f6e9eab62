# attack: setattr/object.__setattr__/functools.partial(setattr) on shared host functions and classes
# isolation: child
import dataclasses, functools, string
print(dataclasses.fields.__name__, string.Template.__doc__[:20] if string.Template.__doc__ else None)
for setter in (setattr, object.__setattr__, functools.partial(setattr)):
    for target, name in ((dataclasses.fields, "__name__"), (string.Template, "__doc__"), (len, "__doc__")):
        try:
            setter(target, name, "changed by an earlier run")
        except Exception as e:
            print(type(e).__name__)
