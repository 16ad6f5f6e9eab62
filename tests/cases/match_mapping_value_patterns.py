DEFAULT_PORT = 80


class Colors:
    RED = "#f00"
    GREEN = "#0f0"


def check(config):
    match config:
        case {"port": 80 | 443 as port, "color": Colors.RED}:
            return f"standard port {port}, red"
        case {"color": Colors.GREEN}:
            return "green"
        case {"port": int(p), **rest} if not rest:
            return f"port only: {p}"
        case {}:
            return "some other mapping"


print(check({"port": 443, "color": "#f00"}))
print(check({"color": "#0f0", "port": 1}))
print(check({"port": 8080}))
print(check({"port": 8080, "debug": True}))
[check({}), check([])]
