# attack: dig host objects (pydantic ValidationError, its inputs, host frames) out of a tool's validation error
# tools: yes
found = []
for call in (lambda: save_account(1), lambda: save_account({"id": "x"}), lambda: count_items("no"),
             lambda: get_account(), lambda: get_account(1, 2, 3)):
    try:
        call()
    except Exception as e:
        found.append((type(e).__name__, e.args))
        for name in ("__context__", "__cause__", "__traceback__", "__notes__", "errors",
                     "json", "title", "__suppress_context__"):
            try:
                value = getattr(e, name)
            except AttributeError:
                continue
            found.append((name, value))
            if callable(value):
                try:
                    found.append(value())
                except Exception as inner:
                    found.append(type(inner).__name__)
found
