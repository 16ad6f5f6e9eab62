from abc import ABC, abstractmethod


class Plugin(ABC):
    @property
    @abstractmethod
    def name(self) -> str: ...

    @classmethod
    @abstractmethod
    def create(cls) -> "Plugin": ...

    @staticmethod
    @abstractmethod
    def version() -> str: ...


class Echo(Plugin):
    @property
    def name(self) -> str:
        return "echo"

    @classmethod
    def create(cls) -> "Plugin":
        return cls()

    version = staticmethod(lambda: "1.0")


p = Echo.create()
print(p.name, Echo.version(), isinstance(p, Plugin))


class Broken(Plugin):
    @property
    def name(self) -> str:
        return "broken"


Broken()
