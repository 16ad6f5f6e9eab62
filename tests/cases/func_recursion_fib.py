def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


memo = {}


def fib_memo(n):
    if n in memo:
        return memo[n]
    result = n if n < 2 else fib_memo(n - 1) + fib_memo(n - 2)
    memo[n] = result
    return result


print([fib(i) for i in range(12)])
print(fib_memo(90))
print(len(memo))
fib(15)
