config = {"retries": 3, "timeout": 30}
max_retries = config["retries"]
print("retries:", max_retries)
for attempt in range(1, max_retries + 1):
    print("attempt", attempt)
try:
    max_retries()
except TypeError as err:
    print("caught", type(err).__name__)
    last_error = err.args
last_error
