# attack: format() with a width spec on an object whose __format__ accepts anything
# limits: max_duration=2 max_memory=100000000
# expect: MemoryError
class F:
    def __format__(self, spec):
        return "x" * int(spec)
print(len(format(F(), "300000000")))
