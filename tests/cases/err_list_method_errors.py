queue = ["a", "b", "c"]
for action in [
    lambda: queue.remove("z"),
    lambda: queue.index("q"),
    lambda: queue.pop(10),
    lambda: [].pop(),
    lambda: queue.insert("0", "x"),
]:
    try:
        action()
    except (ValueError, IndexError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
print(queue)
queue.index(3)
