# attack: recover from RecursionError by catching it deep inside the recursion itself
# expect: RecursionError
depth = 0
def down(n):
    global depth
    try:
        return down(n + 1)
    except RecursionError:
        depth = n
        return n
down(0)
print("recovered at depth", depth)
