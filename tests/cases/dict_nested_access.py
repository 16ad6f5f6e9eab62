config = {
    "server": {"host": "0.0.0.0", "ports": [80, 443]},
    "db": {"primary": {"host": "db1", "pool": 10}, "replicas": []},
}
print(config["server"]["ports"][1], config["db"]["primary"]["pool"])


def get_path(d, path, default=None):
    current = d
    for key in path.split("."):
        if isinstance(current, dict) and key in current:
            current = current[key]
        else:
            return default
    return current


print(get_path(config, "db.primary.host"), get_path(config, "db.replica.host", "none"))
config["db"].setdefault("replicas", []).append("db2")
config.setdefault("cache", {})["ttl"] = 60
print(config["db"]["replicas"], config["cache"])
try:
    config["db"]["secondary"]["host"]
    status = "ok"
except KeyError as e:
    status = ("error", str(e))
status
