# attack: call a returned dataclass's methods and properties (which read the secret) through its record
# tools: yes
settings = get_settings()
found = [settings.name, settings.api_key_env]
for name in ("api_key", "read_key", "__dataclass_fields__", "__dataclass_params__", "__class__",
             "__init__", "__eq__", "__repr__"):
    try:
        value = getattr(settings, name)
    except AttributeError:
        continue
    found.append(value)
    if callable(value):
        found.append(value())
found
