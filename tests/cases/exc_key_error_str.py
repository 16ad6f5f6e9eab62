inventory = {"apple": 3, "pear": 0}
for key in ["apple", "kiwi", 7, ("a", 1)]:
    try:
        print(inventory[key])
    except KeyError as e:
        print(f"KeyError str={str(e)} repr={e!r} args={e.args}")
print(str(KeyError()), str(KeyError("")), str(KeyError("two", "args")))
inventory["banana"]
