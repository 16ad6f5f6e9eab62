# itertools constructors whose size an argument controls behave as in CPython
import itertools

a, b, c = itertools.tee(iter([1, 2, 3]), 3)
print(next(a), list(b), list(a), list(c), len(itertools.tee([], 100)))
print(list(itertools.product("ab", repeat=2)), list(itertools.product(repeat=0)))
print(list(itertools.product([1, 2], "x", repeat=1)), len(list(itertools.product(range(3), repeat=5))))
print(list(itertools.permutations("abc", 5)), list(itertools.permutations("abc", 2))[:3])
print(list(itertools.combinations("ab", 7000)), list(itertools.combinations(range(4), 3)))
print(list(itertools.combinations_with_replacement("ab", 3)), list(itertools.permutations([])))
print(list(itertools.combinations_with_replacement("", 2)), list(itertools.permutations(range(3))))
for bad in [lambda: itertools.tee([], -1), lambda: itertools.product("a", repeat=-1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
