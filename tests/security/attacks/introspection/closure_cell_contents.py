# attack: read another function's closure cells by a run-time name
def outer():
    secret = "x"
    def inner():
        return secret
    return inner
cells = getattr(outer(), "__clo" + "sure__")
print(cells[0].cell_contents)
