def worker():
    processed = []
    while True:
        try:
            item = yield len(processed)
            processed.append(item)
        except ValueError as e:
            print("worker recovered from:", e)
            processed.append(None)
        except KeyError:
            print("worker stopping")
            return processed


w = worker()
next(w)
w.send("a")
print(w.throw(ValueError("bad item")))
w.send("b")
try:
    w.throw(KeyError("stop"))
except StopIteration as e:
    final = e.value
final
