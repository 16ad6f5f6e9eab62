import operator
from operator import itemgetter, attrgetter, methodcaller

rows = [("ann", 31, "NYC"), ("bob", 25, "LA"), ("cy", 31, "SF")]
print(sorted(rows, key=itemgetter(1, 0)), list(map(itemgetter(2), rows)))


class Item:
    def __init__(self, name, price):
        self.name, self.price = name, price


items = [Item("pen", 2.5), Item("book", 12.0), Item("cup", 4.0)]
print([i.name for i in sorted(items, key=attrgetter("price"), reverse=True)])
print(list(map(methodcaller("upper"), ["a", "b"])), methodcaller("split", ",")("x,y"))
print(operator.add(2, 3), operator.mul("ab", 2), operator.neg(5), operator.truediv(7, 2))
print(operator.contains([1, 2], 2), operator.getitem({"k": "v"}, "k"), operator.eq(1, 1.0))
ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.floordiv}
[ops[s](20, 6) for s in "+-*/"]
