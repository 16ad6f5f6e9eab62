calls = []


def next_id():
    calls.append(len(calls) + 1)
    return len(calls)


def create(name, ident=next_id()):
    return f"{name}#{ident}"


print(create("a"))
print(create("b"))
print(create("c", next_id()))
print(calls)
len(calls)
