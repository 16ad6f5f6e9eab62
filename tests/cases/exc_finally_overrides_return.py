def risky():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"


def counter():
    count = 0
    for i in range(5):
        try:
            if i == 3:
                break
            continue
        finally:
            count += 1
    return count


print(risky())
print(counter())


def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        return f"outer caught {e}"


nested()
