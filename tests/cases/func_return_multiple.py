def stats(numbers):
    n = len(numbers)
    mean = sum(numbers) / n
    ordered = sorted(numbers)
    mid = n // 2
    median = ordered[mid] if n % 2 else (ordered[mid - 1] + ordered[mid]) / 2
    return min(numbers), max(numbers), mean, median


lo, hi, mean, median = stats([4, 8, 15, 16, 23, 42])
print(lo, hi, mean, median)
result = stats([3, 1, 2])
print(result, type(result).__name__)
stats([5])
