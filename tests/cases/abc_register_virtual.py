from abc import ABC, abstractmethod


class Serializer(ABC):
    @abstractmethod
    def dumps(self, obj) -> str: ...


class Plain:
    def dumps(self, obj) -> str:
        return str(obj)


class Child(Serializer):
    def dumps(self, obj) -> str:
        return f"<{obj}>"


print(isinstance(Plain(), Serializer), issubclass(Plain, Serializer))
Serializer.register(Plain)
print(isinstance(Plain(), Serializer), issubclass(Plain, Serializer))
print(Child().dumps(5), Plain().dumps(5))
[isinstance(x, Serializer) for x in (Child(), Plain(), "str")]
