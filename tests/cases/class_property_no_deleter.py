class Config:
    def __init__(self):
        self._debug = False

    @property
    def debug(self):
        return self._debug

    @debug.setter
    def debug(self, value):
        self._debug = bool(value)


cfg = Config()
cfg.debug = "yes"
print(cfg.debug)
del cfg.debug
