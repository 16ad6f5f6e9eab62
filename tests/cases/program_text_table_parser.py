raw = """name | qty | unit_price
apple | 3 | 0.5
bread | 1 | 2.25
milk | 2 | 1.10
cheese | x | 7.80"""

lines = raw.strip().splitlines()
header = [h.strip() for h in lines[0].split("|")]
rows, errors = [], []
for lineno, line in enumerate(lines[1:], start=2):
    values = dict(zip(header, (v.strip() for v in line.split("|"))))
    try:
        values["qty"] = int(values["qty"])
        values["unit_price"] = float(values["unit_price"])
    except ValueError as e:
        errors.append(f"line {lineno}: {e}")
        continue
    values["total"] = round(values["qty"] * values["unit_price"], 2)
    rows.append(values)
for r in rows:
    print(f"{r['name']:<8}{r['total']:>6.2f}")
print(errors)
{"rows": len(rows), "sum": round(sum(r["total"] for r in rows), 2)}
