# attack: catch RecursionError and keep recursing
# expect: RecursionError
def down(n):
    return down(n + 1)
caught = 0
for i in range(5):
    try:
        down(0)
    except RecursionError:
        caught += 1
print("caught", caught)
