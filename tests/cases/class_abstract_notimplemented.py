class Exporter:
    def export(self, data):
        header = self.header()
        return header + "\n" + self.body(data)

    def header(self):
        return "# export"

    def body(self, data):
        raise NotImplementedError(f"{type(self).__name__} must implement body()")


class LinesExporter(Exporter):
    def body(self, data):
        return "\n".join(str(d) for d in data)


class LazyExporter(Exporter):
    pass


print(LinesExporter().export([1, 2, 3]))
try:
    LazyExporter().export([1])
    status = "ok"
except NotImplementedError as e:
    status = ("error", str(e))
status
