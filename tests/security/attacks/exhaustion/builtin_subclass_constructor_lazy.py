# attack: a sandbox subclass of list/deque is a real class: its inherited C constructor consumes a lazy iterable
# limits: max_duration=1 max_memory=50000000
class Stack(list):
    pass
print(len(Stack(range(5 * 10**6))))
