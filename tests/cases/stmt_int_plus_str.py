totals = [10, 20]
print(sum(totals))
totals.append("30")
print(totals)
sum(totals)
