# io.StringIO/BytesIO and csv reader/writer/DictReader/DictWriter over lists and StringIO.
import csv
import io

f = io.StringIO("line one\nline two\nthree")
print(f.readline(), f.read(4), f.tell(), f.readlines(), f.read())
f.seek(0)
print([line for line in f], f.getvalue() == "line one\nline two\nthree")
g = io.StringIO()
print(g.write("abc"), g.write("\u00e9"), g.getvalue(), g.seek(1), g.write("X"), g.getvalue())
g.seek(10)
g.write("!")
print(repr(g.getvalue()), g.truncate(3), repr(g.getvalue()), g.readable(), g.writable(), g.seekable())
g.writelines(["a", "b"])
print(g.getvalue(), g.closed, g.newlines)
with io.StringIO("x\r\ny", newline=None) as n:
    print(repr(n.read()), n.newlines)
print(n.closed)
try:
    n.read()
except ValueError as e:
    print(e)
b = io.BytesIO(b"hello\nworld")
print(b.read(3), b.readline(), b.read1(2), b.getvalue(), b.seek(0, io.SEEK_END))
b.write(b"!!")
buf = bytearray(4)
b.seek(0)
print(b.readinto(buf), buf, b.getvalue(), isinstance(b, io.BytesIO), type(f).__name__)
try:
    io.StringIO(b"x")
except TypeError as e:
    print(e)

rows = list(csv.reader(["a,b,c", '1,"x,y",3', "", '"q""uote",2']))
print(rows)
print(list(csv.reader(["a;b", "c;d"], delimiter=";")), list(csv.reader(["a\tb"], dialect="excel-tab")))
r = csv.reader(io.StringIO('h1,h2\n"multi\nline",2\n'))
print(next(r), next(r), r.line_num, r.dialect.delimiter, r.dialect.quoting == csv.QUOTE_MINIMAL)
out = io.StringIO()
w = csv.writer(out)
w.writerow(["a", "b,c", 'd"e', None, 1.5, True])
w.writerows([[1, 2], (3, 4), "xy"])
print(repr(out.getvalue()))
out2 = io.StringIO()
csv.writer(out2, quoting=csv.QUOTE_ALL, lineterminator="\n").writerow(["x", 2])
csv.writer(out2, delimiter="|", quoting=csv.QUOTE_NONNUMERIC).writerow(["y", 3])
print(repr(out2.getvalue()))
src = io.StringIO("name,age\nann,30\nbob,25,extra\ncid\n")
dr = csv.DictReader(src)
print(dr.fieldnames, list(dr), dr.line_num)
print(list(csv.DictReader(["1,2"], fieldnames=["a", "b"], restkey="rest")))
print(list(csv.DictReader(["1,2,3"], fieldnames=["a"], restkey="rest")), list(csv.DictReader(["1"], ["a", "b"], restval="-")))
out3 = io.StringIO()
dw = csv.DictWriter(out3, fieldnames=["id", "name"])
dw.writeheader()
dw.writerow({"id": 1, "name": "x"})
dw.writerows([{"id": 2}, {"name": "y"}])
print(repr(out3.getvalue()))
try:
    dw.writerow({"id": 1, "bad": 2})
except ValueError as e:
    print(e)
print(csv.DictWriter(io.StringIO(), ["a"], extrasaction="ignore").writerow({"a": 1, "b": 2}))


class Semi(csv.excel):
    delimiter = ";"


sem = io.StringIO()
csv.writer(sem, Semi).writerow([1, 2])
print(repr(sem.getvalue()), list(csv.reader(["1;2"], Semi)), csv.get_dialect("unix").lineterminator == "\n")
for bad in (lambda: csv.writer(5), lambda: csv.reader(5), lambda: csv.writer(io.StringIO()).writerow(5),
            lambda: list(csv.reader(['"a' + "x" * 200_000 + '"'])), lambda: csv.reader([], delimiter="ab")):
    try:
        bad()
    except (TypeError, csv.Error) as e:
        print(type(e).__name__, e)
