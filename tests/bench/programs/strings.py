"""Strings: building, f-strings, splitting, joining, replacing and case changes."""

words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
lines = []
for i in range(5000):
    word = words[i % len(words)]
    lines.append(f"{i:05d}: {word.upper()} has {len(word)} letters, ratio={i / 7:.2f}")
text = "\n".join(lines)

total_tokens = 0
longest = ""
for line in text.split("\n"):
    tokens = line.replace(",", " ").replace("=", " ").split()
    total_tokens += len(tokens)
    if len(tokens[1]) > len(longest):
        longest = tokens[1]

replaced = text.replace("ALPHA", "a").replace("letters", "chars")
pieces = []
for chunk in replaced.split(" has "):
    pieces.append(chunk.strip().lower()[:3])
joined = "-".join(pieces)

reversed_words = " ".join(w[::-1] for w in words)
title = reversed_words.title().center(70, "*")
[total_tokens, longest, len(replaced), joined[:24], title.count("*"), text.count("TA")]
