log = []


def resource():
    log.append("open")
    try:
        for i in range(10):
            yield i
    except GeneratorExit:
        log.append("generator exit")
        raise
    finally:
        log.append("closed")


g = resource()
print(next(g), next(g))
g.close()
print(log)
g.close()
print(list(g))
log
