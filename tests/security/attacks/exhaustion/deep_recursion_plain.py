# attack: unbounded Python recursion
# limits: max_duration=1 max_memory=100000000
# expect: RecursionError
def f(n):
    return f(n + 1)
f(0)
