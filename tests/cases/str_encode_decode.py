text = "Grüße, 世界! 😀"
utf8 = text.encode()
print(utf8, len(text), len(utf8))
print(text.encode("utf-16-le")[:8], text.encode("latin-1", errors="replace"))
print(text.encode("ascii", errors="ignore"), text.encode("ascii", errors="backslashreplace"))
print(text.encode("ascii", errors="xmlcharrefreplace"))
print(utf8.decode("utf-8") == text, utf8[:3].decode("utf-8", errors="ignore"))
print("abc".encode("ascii"), "é".encode("cp1252"), b"\xe9".decode("cp1252"))
try:
    text.encode("latin-1")
except UnicodeEncodeError as err:
    print("caught", type(err).__name__)
    last_error = err.args
last_error
