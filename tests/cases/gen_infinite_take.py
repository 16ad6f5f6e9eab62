def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1


def take(n, iterable):
    result = []
    for item in iterable:
        if len(result) >= n:
            break
        result.append(item)
    return result


def primes():
    for n in naturals(2):
        if all(n % p for p in range(2, int(n ** 0.5) + 1)):
            yield n


print(take(5, naturals()))
take(10, primes())
