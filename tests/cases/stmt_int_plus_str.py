totals = [10, 20]
print(sum(totals))
totals.append("30")
print(totals)
try:
    sum(totals)
    status = "ok"
except TypeError as e:
    status = ("error", str(e))
status
