raw_ages = ["34", " 27 ", "+5", "-12", "1_000"]
ages = [int(a) for a in raw_ages]
print(ages)
for text in ["4.5", "", "12abc", "٣"]:
    try:
        print(repr(text), "->", int(text))
    except ValueError as e:
        print(repr(text), "->", e)
int("x")
