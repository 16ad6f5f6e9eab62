# attack: a traceback reached through __context__ of an exception raised in a handler
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k")
except KeyError as e:
    ctx = e.__context__
    print(getattr(ctx, "__traceback__"))
