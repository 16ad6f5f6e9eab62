print("ab" * 3, [0] * 4, (1, 2) * 2, 3 * "x")
print("ab" * -1, [1] * 0)
try:
    "ab" * 2.0
except TypeError as e:
    print("TypeError:", e)
try:
    [1] * "3"
except TypeError as e:
    print("TypeError:", e)
"ab" * "cd"
