class Config:
    version = 2

    def __init__(self, **opts):
        self.opts = opts
        self.loaded = bool(opts)


cfg = Config(debug=True)
print(vars(cfg))
print(type(cfg).__name__, type(cfg) is Config, type(Config).__name__, type(type).__name__)
print(isinstance(cfg, Config), isinstance(cfg, object), isinstance(Config, type))
print(isinstance(3, (str, float)), isinstance(3, int | str), isinstance(None, type(None)))
print([type(x).__name__ for x in (1, 1.0, "s", b"b", [], (), {}, set(), None, True, 1j, range(1))])
print(type(3) is int, type(True) is int, issubclass(type(True), int))
vars(cfg)["extra"] = 1
print(cfg.extra, sorted(vars(cfg)))
try:
    vars(42)
    status = "ok"
except TypeError as e:
    status = ("error", str(e))
status
