# heapq and bisect: CPython's functions, with keys, sandbox __lt__ and the error messages.
import bisect
import heapq
import itertools


class Task:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name

    def __lt__(self, other):
        return self.prio < other.prio

    def __repr__(self):
        return f"Task({self.prio}, {self.name!r})"


h = []
for p, n in [(3, "c"), (1, "a"), (2, "b"), (5, "e")]:
    heapq.heappush(h, Task(p, n))
print([heapq.heappop(h).name for _ in range(len(h))])
nums = [9, 4, 7, 1, 8, 2]
heapq.heapify(nums)
print(nums, heapq.heappushpop(nums, 0), heapq.heapreplace(nums, 10), nums)
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, "hello"), heapq.nlargest(2, {"a": 3, "b": 1}, key=len))
print(heapq.nsmallest(3, itertools.count(5)) if False else heapq.nsmallest(2, iter(range(10, 0, -1))))
print(heapq.nlargest(1, iter([4, 2, 6])), heapq.nlargest(0, [1]), heapq.nsmallest(10, [3, 1]))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])), list(heapq.merge(["bb", "a"], ["ccc"], key=len)))
print(list(heapq.merge([9, 4], [5, 1], reverse=True)))
for bad in (lambda: heapq.heappush((), 1), lambda: heapq.heappop([]), lambda: heapq.heapify(None)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 3, 3, 5, 8]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 4), bisect.bisect(a, 3, 0, 2))
bisect.insort(a, 4)
bisect.insort_left(a, 3)
bisect.insort_right(a, 9, lo=2)
print(a)
rows = [("a", 1), ("b", 4), ("c", 9)]
print(bisect.bisect_left(rows, 4, key=lambda r: r[1]), bisect.bisect_right(rows, 4, key=lambda r: r[1]))
bisect.insort(rows, ("x", 5), key=lambda r: r[1])
print(rows)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in (33, 99, 77, 70, 89, 90, 100)])
try:
    bisect.bisect(a, 1, lo=-1)
except ValueError as e:
    print(e)
