words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    key = "".join(sorted(w))
    groups.setdefault(key, []).append(w)
result = sorted((sorted(g) for g in groups.values()), key=lambda g: (-len(g), g))
for g in result:
    print(len(g), g)


def is_anagram(a, b):
    clean = lambda s: sorted(s.replace(" ", "").lower())
    return clean(a) == clean(b)


print(is_anagram("Dormitory", "dirty room"), is_anagram("abc", "abd"))
[g for g in result if len(g) > 1]
