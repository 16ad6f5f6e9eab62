print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0])
print([1, [2, 3]] == [1, [2, 3]], [1, 2] == (1, 2), [[]] == [[]])
print(3 in [1, 2, 3], [3] in [1, 2, 3], [3] in [[3]], "a" not in ["ab"])
nested = [[1, 2], [3, 4]]
print(any(4 in row for row in nested), [3, 4] in nested, max(nested), min(nested, key=sum))
stack = []
stack.append(1)
stack.append(2)
print(stack.pop(), stack[-1] if stack else None, bool(stack))
[x for x in [1, 2, 3] if x not in {2}]
