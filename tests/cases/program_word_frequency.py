text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief"""

words = [w.strip(".,;:!?").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for word, count in top:
    print(f"{word:>8} {'*' * count} ({count})")
unique = sorted(w for w, c in freq.items() if c == 1)
print("hapax:", unique)
longest = max(words, key=len)
print("longest word:", longest, len(longest))
{"total": len(words), "distinct": len(freq), "top": top[0]}
