def outer():
    log = []
    level = 0

    def middle():
        nonlocal level
        level += 1

        def inner():
            nonlocal level
            level += 10
            log.append(f"inner level={level}")

        inner()
        log.append(f"middle level={level}")

    middle()
    middle()
    return level, log


level, log = outer()
print(level)
for line in log:
    print(line)
level
