# attack: construct the hashlib/csv wrapper classes directly (type(h)(obj), type(w)(fake_runtime, ...)) to skip their guards or reach host objects
import csv, hashlib, io
found = []
h = hashlib.sha256()
class Fake:
    name = "sha256"
    def copy(self):
        return self
    def allocate(self, size):
        found.append(size)
    def ticking(self, it):
        return it
    def check_repr(self, value):
        pass
    def ga(self, obj, name):
        return getattr(obj, name)
for make in (lambda: type(h)(Fake()), lambda: type(h)({"name": 1}), lambda: type(h)(type(h)),
             lambda: type(csv.writer(io.StringIO()))(Fake(), io.StringIO(), "excel", {})):
    try:
        found.append(make())
    except TypeError:
        pass
x = [1]
for i in range(40):
    x = [x, x]
w = type(csv.writer(io.StringIO()))(io.StringIO())
try:
    w.writerow([x])
except Exception as e:
    print(type(e).__name__)
print(len(found))
