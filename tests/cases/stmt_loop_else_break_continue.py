def find_first_even(nums):
    for n in nums:
        if n % 2 == 0:
            print("found", n)
            break
    else:
        print("no even number")
        return None
    return n


find_first_even([1, 3, 4, 5])
find_first_even([1, 3])
count = 0
while count < 3:
    count += 1
    if count == 2:
        continue
    print("count", count)
else:
    print("while finished normally")
total = 0
for i in range(10):
    if i % 3:
        continue
    total += i
total
