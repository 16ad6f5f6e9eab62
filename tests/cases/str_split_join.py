line = "  alpha, beta,,gamma ,delta  "
print(line.split(","))
print(line.split())
print("a b  c".split(" "), "a b  c".split(None, 1), "x".split(","), "".split(","), "".split())
print(line.strip().split(",", 2), line.rsplit(",", 1), "a.b.c".rsplit(".", 1))
print("one\ntwo\r\nthree\n".splitlines(), "one\ntwo\n".splitlines(keepends=True))
parts = [p.strip() for p in line.split(",") if p.strip()]
print(parts, "|".join(parts), "".join(reversed(parts)))
print(", ".join(str(n) for n in range(4)), "-".join("abc"), " ".join([]))
"/".join(["usr", "local", "bin"]).split("/", maxsplit=1)
