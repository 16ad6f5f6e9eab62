def reader(lines):
    for number, line in enumerate(lines, 1):
        yield number, line.strip()


r = reader(["alpha\n", "beta\n", "gamma\n"])
print(next(r))
print(next(r))
r.throw(RuntimeError("disk unplugged"))
