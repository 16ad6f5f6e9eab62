s = "hello world"
print(s.find("xyz"), s.index("world"))
for action in [
    lambda: s.index("xyz"),
    lambda: s.rindex("q"),
    lambda: s.split(""),
    lambda: "a,b".join(["x", 1]),
    lambda: s.center(20, "ab"),
    lambda: s.startswith(["h"]),
]:
    try:
        action()
    except (ValueError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
try:
    s.replace("o")
except TypeError as err:
    print("caught", type(err).__name__)
    last_error = err.args
last_error
