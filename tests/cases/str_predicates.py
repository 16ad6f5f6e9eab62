samples = ["abc", "ABC", "Abc", "123", "12.5", "a1", "", " ", "\t\n", "Hello World", "hello_world",
           "²", "½", "٣", "_private", "1abc", "MixedCase"]
for s in samples:
    flags = [s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(),
             s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isidentifier()]
    print(f"{s!r:15}", "".join("1" if f else "." for f in flags))
print("abc".isascii(), "é".isascii(), "print".isprintable(), "a\nb".isprintable())
sum("hello world".count(v) for v in "aeiou")
