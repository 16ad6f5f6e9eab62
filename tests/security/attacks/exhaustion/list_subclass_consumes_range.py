# attack: a sandbox subclass of list consumes a huge range in its inherited C __init__
# limits: max_duration=1 max_memory=50000000
class L(list):
    pass


class T(tuple):
    pass


items = L(range(2 * 10**7))
more = T(range(2 * 10**7))
print(len(items), len(more))
