def fail(kind):
    if kind == "class":
        raise ValueError
    if kind == "instance":
        raise ValueError("with message")
    raise kind


for kind in ["class", "instance"]:
    try:
        fail(kind)
    except ValueError as e:
        print(repr(e), e.args)
fail("oops")
