# attack: format_map whose key lookup returns a width for the spec
# limits: max_duration=2 max_memory=100000000
# expect: MemoryError
class M(dict):
    def __missing__(self, key):
        return 10**8 * 3 if key == "w" else "x"
print(len("{v:>{w}}".format_map(M())))
