# attack: return deeply nested dicts and sandbox objects as the run's result
# limits: max_duration=3 max_memory=300000000
class Node:
    def __init__(self, child):
        self.child = child
n = None
d = {}
for i in range(100000):
    n = Node(n)
    d = {'k': d}
[n, d]
