def convert(value):
    try:
        return int(value)
    except (TypeError, ValueError) as e:
        return f"{type(e).__name__}: {e}"


for v in ["12", "1.5", None, [1], "  7  ", "0x10"]:
    print(repr(v), "->", convert(v))
convert(3.9)
