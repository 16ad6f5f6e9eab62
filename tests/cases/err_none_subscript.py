def load(config_name):
    configs = {"prod": {"db": "prod-db"}}
    return configs.get(config_name)


print(load("prod")["db"])
cfg = load("staging")
print(cfg)
try:
    cfg["db"]
except TypeError as err:
    print("caught", type(err).__name__)
    last_error = err.args
last_error
