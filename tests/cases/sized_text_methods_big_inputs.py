# Text methods on inputs just past the sandbox's size threshold take the guarded path:
# their results must still be CPython's.
words = ("alpha beta\tgamma\ndelta  " * 400) + "\u2028end\x85x\u3000y"
print(len(words), len(words.split()), words.split()[-3:], len(words.split(None, 5)))
print(words.rsplit(" ", 2)[1:], len(words.split("a")), words.split("\t", 1)[0])
print(len(words.splitlines()), words.splitlines(True)[-2:], words.partition("delta")[0][-6:])
print(words.rpartition("gamma")[2][:8], str.split(words)[:2], str.rsplit(words, maxsplit=1)[1])
print(len(words.upper()), words.title()[:12], len(("ß" * 5000).upper()), "ǅ".lower())
data = bytes(range(256)) * 20
print(data.hex()[:8], len(data.hex(":")), data.hex("-", 4)[:20], bytes.hex(data, " ")[-5:])
print(len(data.split(b"\x00")), len(data.splitlines()), bytearray(data).hex()[-4:])
print(len(data.decode("latin-1")), len(words.encode("utf-16")), len(words.encode("utf-32")))
print(words.encode("ascii", "backslashreplace")[-30:], len(words.encode("utf-8", "ignore")))
print(len(repr(words)), ascii(words)[-30:], len(repr(data)), len(repr(bytearray(data))))
print(f"{words!r}"[-20:], f"{words!a}"[-20:], "{!r}".format(words)[:5], len("%r" % (words,)))
print(len(list(words)), len([*data]), len(tuple(words)), len(set(words)), sorted(set(data))[:3])
acc = []
acc.extend(words)
acc += data
print(len(acc), len(bytes(words, "utf-8")), len(bytearray(words, "utf-16")))


class Named:
    def __init__(self, text):
        self.text = text

    def __repr__(self):
        return f"Named({self.text[:3]!r})"


n = Named(words)
print(f"{n.text!r}"[:8], f"{n!r}", f"{3!r}", f"{[words[:2]]!a}", f"{None!r:>6}", f"{words[:3]!s}")
