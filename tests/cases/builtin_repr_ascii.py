values = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\tnew\nline", "back\\slash",
          "ünïcödé", "\x00\x7f", "emoji 😀", "\u200b"]
for v in values:
    print(repr(v), ascii(v))
print(repr(1.0), repr(1e100), repr(-0.0), repr(2 ** 64), repr(1 / 3))
print(repr([1, "a", None]), repr((1,)), repr(()), repr({}), repr(set()), repr(frozenset()))
print(repr(b"bytes\x00\xff'"), repr(bytearray(b"ab")), ascii(b"x"))
print(repr(range(3)), repr(slice(1, 2)), repr(None), repr(NotImplemented), repr(Ellipsis))
[repr("é"), ascii("é"), ascii(["é", 1])]
