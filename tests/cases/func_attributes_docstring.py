def process(data, verbose=False):
    """Process the data and return a summary."""
    process.calls += 1
    return {"size": len(data), "verbose": verbose}


process.calls = 0
process(["a"])
process("abc", verbose=True)
print(process.__name__)
print(process.__doc__)
print(process.calls)


def no_doc():
    pass


print(no_doc.__doc__, no_doc())
process.calls
