stock = {"apple": 0, "pear": 4, "fig": 0, "kiwi": 2}
for item in list(stock):
    if stock[item] == 0:
        del stock[item]
print(stock)
stock.update({"plum": 0})
for item in stock:
    if stock[item] == 0:
        del stock[item]
