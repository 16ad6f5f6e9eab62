# attack: the format method fetched through getattr with a run-time name
def f():
    pass
method = getattr("{0.__globals__}", "for" + "mat")
print(method(f))
