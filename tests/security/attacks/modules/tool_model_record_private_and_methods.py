# attack: reach a returned pydantic model's private attribute, property, methods, class and pydantic API through its record
# tools: yes
found = []
for account in (get_account(1), await fetch_account(2)):
    for name in ("_token", "token", "reveal", "env", "model_validate", "model_fields",
                 "model_dump", "model_construct", "__pydantic_private__", "__dict__",
                 "__class__", "__getattr__", "_attrs", "__slots__", "__reduce__",
                 "__reduce_ex__", "__getstate__", "model_config", "__pydantic_validator__"):
        try:
            value = getattr(account, name)
        except AttributeError:
            continue
        found.append((name, value))
        if callable(value):
            try:
                found.append(value())
            except Exception as e:
                found.append(str(e))
    for attempt in (lambda a: a.attributes, lambda a: vars(a), lambda a: dir(a),
                    lambda a: repr(a), lambda a: str(a), lambda a: a.type_name):
        try:
            found.append(attempt(account))
        except Exception as e:
            found.append(type(e).__name__)
print(found)
found
