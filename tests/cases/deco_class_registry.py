PLUGINS = {}


def register(name):
    def decorator(cls):
        PLUGINS[name] = cls
        cls.plugin_name = name
        return cls
    return decorator


@register("csv")
class CsvExporter:
    def export(self, rows):
        return "\n".join(",".join(map(str, r)) for r in rows)


@register("tsv")
class TsvExporter:
    def export(self, rows):
        return "\n".join("\t".join(map(str, r)) for r in rows)


rows = [(1, "a"), (2, "b")]
for key in PLUGINS:
    print(key, PLUGINS[key].__name__, repr(PLUGINS[key]().export(rows)))
try:
    PLUGINS["xml"]
except KeyError as exc:
    outcome = f"{type(exc).__name__}: {exc}"
outcome
