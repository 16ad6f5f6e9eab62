from functools import total_ordering


@total_ordering
class Card:
    RANKS = "23456789TJQKA"

    def __init__(self, label):
        self.rank, self.suit = label[0], label[1]

    def __eq__(self, other):
        return self.rank == other.rank

    def __lt__(self, other):
        return self.RANKS.index(self.rank) < self.RANKS.index(other.rank)

    def __repr__(self):
        return self.rank + self.suit


hand = [Card(c) for c in ["Ks", "2h", "Ad", "Tc", "2s"]]
print(sorted(hand))
print(Card("Qh") > Card("Jd"), Card("3c") >= Card("3d"), Card("4s") <= Card("2s"))
[repr(c) for c in sorted(hand, reverse=True)]
