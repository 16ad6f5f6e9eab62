class Tag:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return isinstance(other, Tag) and self.name == other.name


print(Tag("a") == Tag("a"), Tag("a") != Tag("b"))
print(Tag.__hash__)
tags = [Tag("x"), Tag("y")]
print(Tag("y") in tags)
{Tag("x"), Tag("y")}
