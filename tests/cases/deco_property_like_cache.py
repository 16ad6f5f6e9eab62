def once(func):
    sentinel = object()
    result = sentinel

    def wrapper():
        nonlocal result
        if result is sentinel:
            print("computing", func.__name__)
            result = func()
        return result
    return wrapper


@once
def load_settings():
    return {"debug": False, "level": 3}


a = load_settings()
b = load_settings()
print(a is b, a)
load_settings()["level"]
