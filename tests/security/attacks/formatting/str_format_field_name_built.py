# attack: a format string assembled at run time reaching __globals__['__builtins__']
def f():
    pass
fmt = "{0." + "__glo" + "bals__" + "[__builtins__]}"
print(fmt.format(f))
