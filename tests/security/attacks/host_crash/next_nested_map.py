# attack: next() through 300,000 nested map objects
# limits: max_duration=3 max_memory=300000000
it = iter([1])
for i in range(300000):
    it = map(abs, it)
print(next(it))
