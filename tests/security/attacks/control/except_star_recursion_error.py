# attack: except* RecursionError swallows a hit of the recursion limit
# expect: RecursionError
def down(n):
    return down(n + 1)
for i in range(3):
    try:
        down(0)
    except* RecursionError:
        pass
print("the recursion limit was caught away")
