for bad in ("repr()", "repr(1, 2)", "repr(obj=1)", "ascii()", "ascii(1, 2)", "ascii(x=1)"):
    try:
        eval(bad)
    except TypeError as e:
        print(bad, '->', e)
print(repr([1, 'a']), ascii('é'), repr(None), ascii(b'x'))
for f in (repr, ascii, round, divmod, pow):
    print(f, f.__name__, f.__qualname__, f.__module__, type(f).__name__)
