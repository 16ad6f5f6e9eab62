"""Dicts: word counting, dict comprehensions, lookups with get/setdefault."""

vocabulary = ["the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "and", "cat"]
seed = 12345
words = []
for _ in range(20000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    words.append(vocabulary[seed % len(vocabulary)] + str(seed % 7))

counts = {}
for word in words:
    counts[word] = counts.get(word, 0) + 1

by_letter = {}
for word, count in counts.items():
    by_letter.setdefault(word[0], []).append(count)

lengths = {word: len(word) for word in counts}
inverted = {count: word for word, count in counts.items()}
hits = 0
for word in words:
    if word in lengths and lengths[word] > 4:
        hits += 1

letter_totals = {letter: sum(values) for letter, values in by_letter.items()}
top = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:3]
merged = {**letter_totals, "total": sum(letter_totals.values())}
[len(counts), hits, top, merged["total"], len(inverted), sorted(letter_totals.items())[:2]]
