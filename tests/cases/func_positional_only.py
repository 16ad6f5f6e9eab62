def clamp(value, /, low=0, high=10):
    """Clamp value into [low, high]."""
    return max(low, min(value, high))


print(clamp(15))
print(clamp(-3, low=-1))
print(clamp(5, 6, 9))
print(clamp(7, high=5))
try:
    clamp(value=3)
except TypeError as err:
    print("caught", type(err).__name__)
    last_error = err.args
last_error
