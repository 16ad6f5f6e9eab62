from typing import Protocol


class Closeable(Protocol):
    def close(self) -> None: ...


class File:
    def close(self) -> None:
        print("closed")


def shutdown(resource: Closeable) -> None:
    resource.close()


shutdown(File())
try:
    isinstance(File(), Closeable)
except TypeError as err:
    print("caught", type(err).__name__)
    last_error = err.args
last_error
