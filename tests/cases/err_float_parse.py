readings = ["3.14", "  -2.5e3 ", "inf", "-Infinity", "nan", "1_000.5", ".5", "7."]
print([float(r) for r in readings])
for bad in ["1,5", "abc", "", "1.2.3", "0x1p3"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
try:
    float("twelve")
    status = "ok"
except ValueError as e:
    status = ("error", str(e))
status
