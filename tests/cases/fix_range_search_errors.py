big = range(200_000)
print(big.count("a"), big.index(150_000), (5 in big), ("a" in big))
try:
    big.index("a")
except ValueError as exc:
    print("ValueError:", exc)
try:
    range(10).index(20)
except ValueError as exc:
    print("ValueError:", exc)
range(10).count(3)
