import re

log_lines = [
    "INFO start",
    "ERROR disk full on /dev/sda1",
    "WARN low memory",
    "ERROR timeout after 30s",
]
errors = []
for line in log_lines:
    if (m := re.match(r"ERROR (.*)", line)) is not None:
        errors.append(m.group(1))
print(errors)
values = {"a": 1, "b": None}
if (v := values.get("a")) is not None:
    print("a is", v)
if (v := values.get("b")) is None:
    print("b missing")
print(y := 10, y * 2)
(total := sum(len(e) for e in errors), total // 2)
