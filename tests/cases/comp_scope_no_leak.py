x = "outer"
doubled = [x * 2 for x in range(3)]
print(doubled, x)
total = sum(i for i in range(5))
print(total)
result = {k: k * 2 for k in "ab"}
print(result)
print(k)
