# monty: raises TimeoutError max_duration=0.5
def naturals():
    n = 0
    while True:
        yield n
        n += 1


print(sum(x for x in naturals() if x < 0))
