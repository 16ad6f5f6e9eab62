from abc import ABC, abstractmethod


class Repository(ABC):
    @abstractmethod
    def get(self, key): ...

    @abstractmethod
    def put(self, key, value): ...

    @abstractmethod
    def delete(self, key): ...


class MemoryRepo(Repository):
    def __init__(self):
        self.data = {}

    def get(self, key):
        return self.data.get(key)

    def put(self, key, value):
        self.data[key] = value

    def delete(self, key):
        self.data.pop(key, None)


class HalfRepo(Repository):
    def get(self, key):
        return None


repo = MemoryRepo()
repo.put("a", 1)
print(repo.get("a"), sorted(Repository.__abstractmethods__))
HalfRepo()
