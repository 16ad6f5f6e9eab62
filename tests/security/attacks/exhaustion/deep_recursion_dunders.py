# attack: recursion through __getattr__, __repr__ and __eq__
# limits: max_duration=1 max_memory=100000000
# expect: RecursionError
class R:
    def __getattr__(self, name):
        return getattr(self, name + 'x')
R().a
