"""Prime sieve of Eratosthenes, then a twin-prime count over the result."""

limit = 120000
is_prime = [True] * (limit + 1)
is_prime[0] = False
is_prime[1] = False
p = 2
while p * p <= limit:
    if is_prime[p]:
        for multiple in range(p * p, limit + 1, p):
            is_prime[multiple] = False
    p += 1

primes = []
for n in range(limit + 1):
    if is_prime[n]:
        primes.append(n)

twins = 0
for idx in range(1, len(primes)):
    if primes[idx] - primes[idx - 1] == 2:
        twins += 1
[len(primes), primes[-1], twins, sum(primes) % 1000003]
