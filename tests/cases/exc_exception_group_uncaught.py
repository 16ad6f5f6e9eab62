def run_all(tasks):
    failures = []
    for name, task in tasks:
        try:
            task()
            print(name, "ok")
        except Exception as e:
            failures.append(e)
    if failures:
        raise ExceptionGroup("some tasks failed", failures)


run_all([
    ("one", lambda: None),
    ("two", lambda: int("two")),
    ("three", lambda: [][0]),
])
