# attack: return an object whose __eq__/__hash__/__repr__ would run on the host
class Evil:
    def __repr__(self):
        return open(canary_path).read()
    def __eq__(self, other):
        return True
    def __hash__(self):
        return 1
{Evil(): [Evil()], "k": (Evil(),)}
