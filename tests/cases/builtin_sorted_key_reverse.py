words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
records = [("bob", 25), ("amy", 31), ("cal", 25), ("dee", 31)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted("hello"), sorted({3: "c", 1: "a"}), sorted((2.5, -1, 0)))
nums = [5, 2, 9]
nums.sort(reverse=True)
print(nums, sorted([]), sorted([[2, 1], [1, 5], [1, 2]]))
sorted([True, False, 2, -1, 0.5])
