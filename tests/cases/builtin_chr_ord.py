print(ord("A"), ord("a"), ord("0"), ord(" "), ord("€"), ord("😀"))
print(chr(65), chr(97), chr(8364), chr(128512), repr(chr(0)), repr(chr(10)))
word = "Python"
shifted = "".join(chr((ord(c) - 65 + 3) % 26 + 65) if c.isupper() else
                  chr((ord(c) - 97 + 3) % 26 + 97) for c in word)
print(shifted)
print([ord(c) - ord("a") + 1 for c in "abcz"])
print("".join(chr(i) for i in range(ord("a"), ord("f"))))
print(sum(ord(c) for c in "checksum") % 256)
try:
    ord(65)
except TypeError as exc:
    outcome = f"{type(exc).__name__}: {exc}"
outcome
