# attack: provoke AttributeErrors inside host helpers and inspect .obj for internal objects
import functools, dataclasses, json
found = []
probes = [
    lambda: dataclasses.fields(1),
    lambda: functools.reduce(lambda a, b: a.zz, [1, 2]),
    lambda: json.dumps(object()),
    lambda: print("x", file=1),
    lambda: "{0.zz}".format(1),
]
for probe in probes:
    try:
        probe()
    except Exception as e:
        obj = getattr(e, "obj", None)
        found.append(type(obj).__name__)
        ctx = e.__context__
        while ctx is not None:
            found.append(("ctx", type(ctx).__name__, type(getattr(ctx, "obj", None)).__name__))
            ctx = ctx.__context__
print(found)
