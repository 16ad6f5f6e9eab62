# attack: call or dig into host classes, functions, modules, bound methods and frames a tool returns
# tools: yes
found = []
for obj in host_objects():
    found.append(repr(obj))
    for attempt in (
        lambda o: o(),
        lambda o: o("MONTY_CANARY_SECRET"),
        lambda o: o(canary_path).read(),
        lambda o: o.getenv("MONTY_CANARY_SECRET"),
        lambda o: o.environ["MONTY_CANARY_SECRET"],
        lambda o: o["MONTY_CANARY_SECRET"],
        lambda o: getattr(o, "f_" + "globals"),
        lambda o: getattr(o, "f_" + "back"),
        lambda o: getattr(o, "__" + "globals__"),
        lambda o: o.reveal(),
        lambda o: o.env(),
        lambda o: o.__self__,
        lambda o: o.__func__,
        lambda o: o.model_validate({"id": 1, "owner": "x"}).token,
        lambda o: o.attributes,
    ):
        try:
            found.append(attempt(obj))
        except Exception as e:
            found.append(type(e).__name__)
print(found)
found
