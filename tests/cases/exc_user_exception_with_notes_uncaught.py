class QuotaExceeded(Exception):
    pass


usage = {"alice": 95, "bob": 120}
limit = 100
for user, used in usage.items():
    if used > limit:
        err = QuotaExceeded(f"{user} used {used}/{limit}")
        err.add_note("upgrade the plan to raise the limit")
        print("notes:", err.__notes__)
        raise err
    print(user, "within quota")
