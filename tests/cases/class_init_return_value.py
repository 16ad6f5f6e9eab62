class Parser:
    def __init__(self, text):
        self.tokens = text.split()


class BadParser:
    def __init__(self, text):
        self.tokens = text.split()
        return len(self.tokens)


print(Parser("a b c").tokens)
BadParser("a b")
