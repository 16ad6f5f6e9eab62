class Deck:
    def __init__(self):
        self.cards = [r + s for s in "SHDC" for r in "A23456789TJQK"]

    def __len__(self):
        return len(self.cards)


print(len("hello"), len(""), len("naïve"), len("日本語"))
print(len([1, [2, 3]]), len(()), len({"a": 1, "b": 2}), len({1, 1, 2}))
print(len(range(0, 100, 7)), len(range(10, 0)), len(b"\x00\x01"), len(bytearray(3)))
print(len(Deck()), len(frozenset("abca")), len({}.keys()), len("a\tb\n"))
len(Deck().cards[::4])
