import os
import os.path
from os.path import basename, join, splitext

print(join("a", "b", "c.txt"), join("/a", "/b"), join("a/", "b"))
print(os.path.split("/x/y/z.tar.gz"), splitext("archive.tar.gz"), splitext(".bashrc"))
print(basename("/x/y/"), basename("/x/y"), os.path.dirname("/x/y/z"))
print(os.path.normpath("a//b/./c/../d"), os.path.isabs("/a"), os.path.isabs("a"))
print(os.path.commonpath(["/usr/lib", "/usr/local/lib"]), os.path.commonprefix(["abc", "abd"]))
print(os.sep, repr(os.linesep), os.curdir, os.pardir, os.extsep, os.name)
print(os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"))
print(os.fspath("x/y"), os.path.join(*["p", "q"]))
try:
    join("a", 3)
except TypeError as e:
    print("TypeError")
