# attack: csv reader/writer objects, dialects and the module's process-wide state (field_size_limit, register_dialect)
import csv, io
r = csv.reader(["a,b"])
w = csv.writer(io.StringIO())
found = []
for obj, name in [(w, "_w"), (w, "_rt"), (r, "__reduce__"), (csv, "field_size_limit"), (csv, "register_dialect"),
                  (csv, "Sniffer"), (csv, "_csv"), (csv.excel, "__subclasses__"), (csv.DictReader(["a"]), "__dict__")]:
    try:
        found.append(getattr(obj, name))
    except AttributeError:
        pass
try:
    csv.excel.delimiter = ";"
except AttributeError:
    pass
print(csv.get_dialect("excel").delimiter, found)
found
