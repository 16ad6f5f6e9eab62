def parse_numbers(tokens):
    bad = 0
    for tok in tokens:
        if tok.isdigit():
            yield int(tok)
        else:
            bad += 1
    return f"{bad} invalid"


gen = parse_numbers(["1", "x", "22", "y", "z", "3"])
values = []
while True:
    try:
        values.append(next(gen))
    except StopIteration as e:
        summary = e.value
        break
print(values)
print(summary)
summary
