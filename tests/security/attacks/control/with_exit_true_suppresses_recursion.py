# attack: a context manager whose __exit__ returns True swallows the recursion limit
# expect: RecursionError
class Swallow:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return True
def down(n):
    return down(n + 1)
survived = 0
for i in range(3):
    with Swallow():
        down(0)
    survived += 1
print("survived", survived)
