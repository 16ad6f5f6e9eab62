def normalize(weights):
    total = sum(weights)
    assert total > 0, "weights must sum to a positive number"
    result = [w / total for w in weights]
    assert abs(sum(result) - 1.0) < 1e-9
    return result


print(normalize([1, 1, 2]))
assert isinstance(normalize([5]), list)
assert True, "never shown"
x = 3
assert x == 3, f"x was {x}"
print("all assertions passed")
try:
    normalize([0, 0])
except AssertionError as err:
    print("caught", type(err).__name__)
    last_error = err.args
last_error
