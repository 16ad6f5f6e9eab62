# attack: return a 100,000-deep list: converting the result to plain data recurses on the host
# limits: max_duration=3 max_memory=300000000
x = []
for i in range(100000):
    x = [x]
x
