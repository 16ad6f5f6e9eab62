email = "jane.doe@example.com"
user, sep, domain = email.partition("@")
print(user, sep, domain, "no-at".partition("@"), "a=b=c".rpartition("="))
print("hello world".title(), "HELLO".lower(), "hello".upper(), "hELLO wORLD".swapcase())
print("python is fun".capitalize(), "they're bill's".title(), "ǆ".title())
print("Straße".lower(), "Straße".upper(), "Straße".casefold(), "STRASSE".casefold() == "straße".casefold())
print("ﬁ".upper(), "İ".lower(), len("İ".lower()), "ΣΑΣ".lower())
header = "content-type"
print("-".join(w.capitalize() for w in header.split("-")))
email.partition("")
