class Node:
    def __init__(self, value):
        self.value = value


a = Node(1)
b = Node(1)
c = a
print(a == b, a == c, a != b, a is c)
print(a in [b], a in [c])
nodes = {a: "first", b: "second"}
print(len(nodes), nodes[c])
print(hash(a) == hash(c))
[a == b, a == a, Node(2) != Node(2)]
