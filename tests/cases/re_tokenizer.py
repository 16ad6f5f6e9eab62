import re

TOKEN_RE = re.compile(r"\s*(?:(\d+\.?\d*)|(\w+)|(.))")


def tokenize(src):
    tokens = []
    for number, name, op in TOKEN_RE.findall(src):
        if number:
            tokens.append(("NUM", float(number) if "." in number else int(number)))
        elif name:
            tokens.append(("NAME", name))
        elif op.strip():
            tokens.append(("OP", op))
    return tokens


print(tokenize("x = 3.5 * (y + 42)"))
print(tokenize("total=price*qty-discount"))
kinds = [kind for kind, _ in tokenize("a + b - 1")]
kinds
