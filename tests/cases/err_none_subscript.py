def load(config_name):
    configs = {"prod": {"db": "prod-db"}}
    return configs.get(config_name)


print(load("prod")["db"])
cfg = load("staging")
print(cfg)
cfg["db"]
