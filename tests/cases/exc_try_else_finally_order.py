def attempt(value):
    steps = []
    try:
        steps.append("try")
        result = 10 / value
    except ZeroDivisionError:
        steps.append("except")
        result = None
    else:
        steps.append("else")
    finally:
        steps.append("finally")
    steps.append("after")
    return result, steps


print(attempt(2))
print(attempt(0))


def early_return():
    try:
        return "from try"
    finally:
        print("finally runs before return")


early_return()
