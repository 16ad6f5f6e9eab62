big = 10 ** 400
print(len(str(big)))
try:
    float(big)
except OverflowError as e:
    print("float():", e)
try:
    2.5 ** 5000
except OverflowError as e:
    print("power:", e)
print(float("inf") > big, 1e308 * 10)
int(float("inf"))
