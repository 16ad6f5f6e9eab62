# attack: a sandbox subclass of list/deque is a real class: its inherited C constructor consumes a lazy iterable
# limits: max_duration=1 max_memory=50000000
# known-hole: sandbox subclasses of list/dict/set/tuple/deque construct through the real C __init__/__new__ with no ticks
class Stack(list):
    pass
print(len(Stack(range(5 * 10**6))))
