class Resource:
    log = []

    def __init__(self, name, fail_on_enter=False):
        self.name = name
        self.fail_on_enter = fail_on_enter

    def __enter__(self):
        if self.fail_on_enter:
            raise OSError(f"cannot open {self.name}")
        Resource.log.append(f"open {self.name}")
        return self.name.upper()

    def __exit__(self, *exc_info):
        Resource.log.append(f"close {self.name}")


with Resource("a") as a, Resource("b") as b:
    Resource.log.append(f"using {a}+{b}")
with (
    Resource("c") as c,
    Resource("d"),
):
    Resource.log.append(f"using {c}")
try:
    with Resource("e"), Resource("f", fail_on_enter=True):
        Resource.log.append("unreachable")
except OSError as err:
    Resource.log.append(f"error: {err}")
Resource.log
