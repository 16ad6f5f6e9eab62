from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product("ab", [1, 2])))
print(list(product([0, 1], repeat=3))[:4], len(list(product(range(3), repeat=3))))
print(list(permutations([1, 2, 3], 2)))
print(["".join(p) for p in permutations("abc")])
print(list(combinations("abcd", 2)), len(list(combinations(range(10), 3))))
print(list(combinations_with_replacement([1, 2, 3], 2)))
coins = [1, 5, 10]
ways = [c for r in range(1, 4) for c in combinations_with_replacement(coins, r) if sum(c) == 11]
ways
