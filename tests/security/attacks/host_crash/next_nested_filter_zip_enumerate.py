# attack: next() through nested filter/zip/enumerate
# limits: max_duration=3 max_memory=300000000
it = iter([(1,)])
for i in range(100000):
    it = filter(None, zip(enumerate(it)))
print(next(it))
