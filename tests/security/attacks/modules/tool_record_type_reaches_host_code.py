# attack: use type() of a tool result record to reach Record's methods, rewrite a record, or find host globals
# tools: yes
account = get_account(1)
T = type(account)
found = []
for name in ("__init__", "__getattr__", "__setattr__", "__eq__", "__repr__", "__hash__",
             "attributes", "type_name", "__mro__", "__subclasses__", "__dict__", "__module__"):
    try:
        found.append((name, getattr(T, name)))
    except AttributeError:
        pass
try:
    T.__init__(account, "Account", {"owner": "x", "token": "stolen"})
except AttributeError as e:
    found.append(str(e))
try:
    found.append(T.__getattr__(account, "_attrs"))
except AttributeError as e:
    found.append(str(e))
for fn in (T.__init__, T.__eq__):
    for attr in ("__globals__", "__code__", "__closure__", "__wrapped__", "__self__"):
        try:
            found.append(getattr(fn, attr))
        except AttributeError:
            pass
forged = T("Account", {"id": 1, "owner": "forged"})
found.append(save_account(forged))
found.append(save_account(account))
found
