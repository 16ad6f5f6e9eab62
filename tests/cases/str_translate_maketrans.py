table = str.maketrans("abc", "xyz")
print("aabbcc cab".translate(table))
remove_vowels = str.maketrans("", "", "aeiou")
print("programming language".translate(remove_vowels))
leet = str.maketrans({"a": "4", "e": "3", "o": "0", "s": None})
print("lessons are awesome".translate(leet))
print(table[ord("a")], sorted(remove_vowels.items())[:2])
rot13 = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm",
)
secret = "Hello, World!".translate(rot13)
print(secret, secret.translate(rot13))
try:
    str.maketrans("abc", "xy")
except ValueError as exc:
    outcome = f"{type(exc).__name__}: {exc}"
outcome
