import os
from pathlib import Path, PurePosixPath


class Report(os.PathLike):
    def __init__(self, name):
        self.name = name

    def __fspath__(self):
        return "reports/" + self.name


r = Report("q1.csv")
print(os.fspath(r), os.path.join(r, "x"), os.path.basename(r), os.path.splitext(r))
print(isinstance(r, os.PathLike), isinstance(Path("a"), os.PathLike), isinstance("a", os.PathLike))
print(Path(r), PurePosixPath(r).suffix, Path("/data") / r)


class Plain:
    def __fspath__(self):
        return "plain"


print(isinstance(Plain(), os.PathLike), os.fspath(Plain()))
for bad in (3, None, b"bytes-are-not-supported-here"[:0] or 1.5):
    try:
        os.fspath(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    os.PathLike()
except TypeError as e:
    print("TypeError", type(e).__name__)
