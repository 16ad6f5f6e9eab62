from functools import cached_property, singledispatch


class Report:
    def __init__(self, rows):
        self.rows = rows

    @cached_property
    def total(self):
        print("summing...")
        return sum(self.rows)


@singledispatch
def describe(value):
    return f"object: {value!r}"


@describe.register
def _(value: int):
    return f"int with {value.bit_length()} bits"


@describe.register(list)
def _(value):
    return f"list of {len(value)}: " + ", ".join(describe(v) for v in value)


r = Report([1, 2, 3])
print(r.total, r.total)
r.rows.append(10)
print(r.total)
del r.total
print(r.total)
print(describe(5), describe("x"), describe([1, "a"]), describe(True), sep=" | ")
describe(3.5)
