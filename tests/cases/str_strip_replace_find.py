raw = "xx--Hello World--xx"
print(raw.strip("x"), raw.strip("x-"), raw.lstrip("x"), raw.rstrip("-x"), "  pad  ".strip())
s = "the cat sat on the mat"
print(s.replace("at", "og"), s.replace("the", "a", 1), s.replace("", "|")[:12], s.replace("zzz", "q"))
print(s.find("at"), s.find("at", 6), s.rfind("at"), s.find("dog"), s.index("sat"), s.rindex("the"))
print(s.count("at"), s.count("the"), s.count(""), s.count("t", 0, 5))
print(s.startswith("the"), s.startswith(("a", "t")), s.endswith("mat"), s.startswith("cat", 4))
print("www.example.com".removeprefix("www."), "report.pdf".removesuffix(".pdf"), "abc".removeprefix("x"))
try:
    s.index("dog")
    status = "ok"
except ValueError as e:
    status = ("error", str(e))
status
