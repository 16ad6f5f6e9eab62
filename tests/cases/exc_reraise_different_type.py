def get_setting(settings, key):
    try:
        return settings[key]
    except KeyError:
        raise LookupError(f"setting {key!r} missing; available: {', '.join(settings)}")


settings = {"theme": "dark", "lang": "en"}
print(get_setting(settings, "theme"))
try:
    get_setting(settings, "font")
except LookupError as e:
    print(type(e).__name__, type(e.__context__).__name__, e.__cause__)
get_setting(settings, "size")
