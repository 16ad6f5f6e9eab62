price = 19.99
count = 3
print(f"{price:.1f} {count:03d}")
print(f"{count:.2f}")
try:
    print(f"{'text':d}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{count:s}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{price:d}")
except ValueError as err:
    print("caught", type(err).__name__)
    last_error = err.args
last_error
