prices = [3.5, 2.0, 7.25]
total = 0
for price in prices:
    total += price
print("total:", total)
average = totl / len(prices)
