class Token:
    def __init__(self, kind, text):
        self.kind = kind
        self.text = text


tok = Token("NUM", "42")
match tok:
    case Token(kind="NUM", text=t):
        print("number token", int(t))
match tok:
    case Token():
        print("any token")
match tok:
    case Token("NUM"):
        print("positional?")
