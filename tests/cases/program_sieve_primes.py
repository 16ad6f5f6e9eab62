def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0:2] = [False, False]
    for n in range(2, int(limit ** 0.5) + 1):
        if is_prime[n]:
            is_prime[n * n::n] = [False] * len(range(n * n, limit + 1, n))
    return [i for i, p in enumerate(is_prime) if p]


primes = sieve(100)
print(primes)
print(len(sieve(10000)))
twins = [(p, p + 2) for p in primes if p + 2 in set(primes)]
print(twins)


def factorize(n):
    factors, d = [], 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors


[factorize(n) for n in (360, 97, 1001, 2 ** 10)]
