# attack: recursion through __repr__/__eq__ called from C, caught at each level
# expect: RecursionError
class R:
    def __repr__(self):
        try:
            return repr(R())
        except RecursionError:
            return "caught"
print(repr(R()))
