class Cache:
    def __init__(self):
        self.data = {}
        self.hits = 0


c = Cache()
del c.hits
print(hasattr(c, "hits"), vars(c))
lst = [1, 2, 3]
del lst[1]
print(lst)
try:
    del lst[5]
except IndexError as e:
    print("IndexError:", e)
del c.misses
