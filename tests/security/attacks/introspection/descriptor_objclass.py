# attack: __objclass__ of a method descriptor leads back to the real builtin class
d = str.__dict__["join"] if hasattr(str, "__dict__") else getattr(str, "join")
print(getattr(d, "__objclass__"))
