def divide(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
    finally:
        print(f"divide({a}, {b}) done")


def loop_with_finally():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out


print(divide(1, 4), divide(1, 0))
loop_with_finally()
