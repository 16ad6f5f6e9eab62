from typing import Protocol


class Closeable(Protocol):
    def close(self) -> None: ...


class File:
    def close(self) -> None:
        print("closed")


def shutdown(resource: Closeable) -> None:
    resource.close()


shutdown(File())
isinstance(File(), Closeable)
