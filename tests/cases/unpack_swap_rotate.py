a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "xyz"
x, y, z = z, x, y
print(x, y, z)
nums = [5, 1, 4]
nums[0], nums[2] = nums[2], nums[0]
print(nums)
i = 0
values = [10, 20]
i, values[i] = 1, 99
print(i, values)
fib = (0, 1)
for _ in range(10):
    fib = (fib[1], fib[0] + fib[1])
fib
