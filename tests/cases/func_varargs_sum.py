def total(*numbers, start=0):
    print(f"got {len(numbers)} numbers: {numbers}")
    result = start
    for n in numbers:
        result += n
    return result


print(total())
print(total(1, 2, 3))
print(total(*[10, 20], start=5))
values = (4, 5, 6)
[total(*values), total(*values, 7), total(start=1)]
