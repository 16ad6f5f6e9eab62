def parse_row(line_no, line):
    try:
        name, qty = line.split(",")
        return name, int(qty)
    except ValueError as e:
        e.add_note(f"while parsing line {line_no}: {line!r}")
        raise


rows = []
for i, line in enumerate(["pen,3", "ink,x", "pad,2,extra"], 1):
    try:
        rows.append(parse_row(i, line))
    except ValueError as e:
        print(type(e).__name__, e, e.__notes__)
print(rows)
err = KeyError("k")
print(hasattr(err, "__notes__"))
err.add_note("first")
err.add_note("second")
print(err.__notes__)
err.add_note(42)
