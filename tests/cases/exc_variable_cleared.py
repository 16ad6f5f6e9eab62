try:
    {}["x"]
except KeyError as err:
    message = f"caught {err!r}"
print(message)
err = "reassigned later?"
try:
    int("q")
except ValueError as err:
    pass
print(err)
