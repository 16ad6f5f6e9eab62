# attack: format_map with a __missing__ mapping that hands out host objects for dotted fields
class M(dict):
    def __missing__(self, key):
        return len
print("{anything.__self__}".format_map(M()))
