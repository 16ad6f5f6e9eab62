class EventBus:
    def __init__(self):
        self.handlers = {}

    def on(self, event):
        def register(func):
            self.handlers.setdefault(event, []).append(func)
            return func
        return register

    def emit(self, event, **payload):
        results = []
        for handler in self.handlers.get(event, []):
            results.append(handler(**payload))
        return results


bus = EventBus()
audit = []


@bus.on("user_created")
def send_welcome(name, email):
    return f"welcome mail to {email}"


@bus.on("user_created")
def record(name, **_):
    audit.append(name)
    return f"audited {name}"


print(bus.emit("user_created", name="ann", email="ann@x.io"))
print(bus.emit("unknown"), audit)
bus.emit("user_created", name="bob")
