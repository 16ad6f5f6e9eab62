s = "Mississippi"
print(s.lower().count("ss"), s[::-1], s * 2, "ss" in s, "SS" in s, s + "!", len(s))
print(sorted(s), max(s), min(s), list(s[:4]), s.index("p"))
print("a" < "b", "Z" < "a", "apple" < "apricot", "10" < "9", "" < "a", "abc" == "abc")
print(" ".join(w[::-1] for w in "hello world".split()))
vowels = sum(1 for ch in s.lower() if ch in "aeiou")
print(vowels, s.upper().replace("I", "1"))
print("{}-{}".format(*"ab"), "%s!" % s[:4], f"{s:>15}", "".join(sorted(set(s.lower()))))
print(str.upper("x"), "x".__len__(), "abc".__contains__("b"))
s[0] = "m"
