def stubborn():
    refusals = 0
    while refusals < 2:
        try:
            yield "working"
        except GeneratorExit:
            refusals += 1


g = stubborn()
print(next(g))
try:
    g.close()
except RuntimeError as e:
    print("close failed:", e)
print(next(g))
g.close()
