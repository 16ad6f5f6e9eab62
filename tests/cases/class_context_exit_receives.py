class Transaction:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append("begin")
        return self.log

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is None:
            self.log.append("commit")
        else:
            self.log.append(f"rollback({exc_type.__name__}: {exc_value.args})")
        return exc_type is ValueError


log = []
with Transaction(log) as entries:
    entries.append("write 1")
with Transaction(log):
    raise ValueError("bad row", 7)
print(log)
with Transaction(log):
    log.append("write 2")
    raise TypeError("wrong type")
