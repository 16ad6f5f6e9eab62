print(1 < 2.5, "a" < "b", [1, 2] < [1, 3], (1, "a") < (1, "b"))
print(1 == "1", None == 0, [] == ())
for a, b in [(1, "1"), (None, 0), ([1], (1,)), ({1}, 2)]:
    try:
        a < b
    except TypeError as e:
        print("TypeError:", e)
print({1} < {1, 2})
try:
    sorted([3, "three", 1])
    status = "ok"
except TypeError as e:
    status = ("error", str(e))
status
