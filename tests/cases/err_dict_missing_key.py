user = {"name": "lin", "email": "lin@example.com"}
print(user["name"])
print(user.get("phone"), user.get("phone", "n/a"))
print("phone" in user)
settings = {}
settings["k"]
