def find_price(catalog, item):
    for name, price in catalog:
        if name == item:
            return price


catalog = [("tea", 3), ("coffee", 4)]
print(find_price(catalog, "tea") + 1)
price = find_price(catalog, "juice")
print("price:", price)
price + 1
