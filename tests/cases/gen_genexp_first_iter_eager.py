data = [1, 2, 3]
gen = (x * 10 for x in data)
data = [100, 200]
print(list(gen))
print(list(gen))

nums = [3, 4]
lazy = (a + b for a in nums for b in nums)
nums.append(5)
print(list(lazy))
bad = (1 / x for x in [1, 0])
print(next(bad))
next(bad)
