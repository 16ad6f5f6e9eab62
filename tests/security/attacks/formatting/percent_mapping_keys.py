# attack: %-formatting with a mapping whose __getitem__ returns host internals by key name
class M:
    def __getitem__(self, key):
        return getattr(len, key)
print("%(__self__)s" % M())
