words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot", "beet"]
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
by_letter = {letter: [w for w in words if w[0] == letter] for letter in sorted({w[0] for w in words})}
print(by_letter == groups)
counts = {k: len(v) for k, v in by_letter.items()}
longest = {k: max(v, key=len) for k, v in by_letter.items()}
[counts, longest]
