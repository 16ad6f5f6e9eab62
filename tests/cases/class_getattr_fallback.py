class Settings:
    def __init__(self, **values):
        self._values = values
        self.loaded = True

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        print(f"__getattr__({name!r})")
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(f"no setting named {name!r}") from None


s = Settings(host="localhost", port=8080)
print(s.loaded)
print(s.host, s.port)
print(getattr(s, "timeout", 30))
print(hasattr(s, "missing"))
try:
    s.retries
except AttributeError as err:
    print("caught", type(err).__name__)
    last_error = err.args
last_error
