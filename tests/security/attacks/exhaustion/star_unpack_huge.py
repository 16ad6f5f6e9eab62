# attack: [*huge], f(*huge) and print(*huge) over big ranges
# limits: max_duration=1 max_memory=100000000
x = [*range(10**9)]
