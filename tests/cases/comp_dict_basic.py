prices = {"apple": 0.5, "bread": 2.25, "milk": 1.2, "cheese": 7.8}
with_tax = {item: round(price * 1.2, 2) for item, price in prices.items()}
print(with_tax)
cheap = {k: v for k, v in prices.items() if v < 2}
print(cheap)
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
lengths = {word: len(word) for word in "the quick brown fox".split()}
print(lengths)
{i: i ** 3 for i in range(1, 6)}
