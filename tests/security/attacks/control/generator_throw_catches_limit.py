# attack: a generator that catches whatever is thrown into it and keeps yielding
# limits: max_duration=0.3
# expect: TimeoutError
def sponge():
    while True:
        try:
            yield
        except BaseException:
            pass
g = sponge()
next(g)
while True:
    try:
        while True:
            pass
    except BaseException as e:
        g.throw(e)
