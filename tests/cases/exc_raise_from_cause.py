class ConfigError(Exception):
    pass


def load_port(settings):
    try:
        return int(settings["port"])
    except (KeyError, ValueError) as e:
        raise ConfigError(f"bad port setting: {settings.get('port')!r}") from e


print(load_port({"port": "8080"}))
for settings in [{"port": "http"}, {}]:
    try:
        load_port(settings)
    except ConfigError as e:
        print(e, "| cause:", type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
load_port({"port": "eighty"})
