def find_user(users, name):
    for u in users:
        if u["name"] == name:
            return u


users = [{"name": "ava", "tags": []}]
find_user(users, "ava")["tags"].append("vip")
print(users)
result = sorted([3, 1, 2]).reverse()
print(result)
items = [3, 1, 2].sort()
try:
    items.append(4)
except AttributeError as err:
    print("caught", type(err).__name__)
    last_error = err.args
last_error
