def classify(n):
    if n > 0:
        label = "positive"
    elif n < 0:
        label = "negative"
    return label


print(classify(5))
print(classify(-2))
try:
    classify(0)
except UnboundLocalError as exc:
    outcome = f"{type(exc).__name__}: {exc}"
outcome
