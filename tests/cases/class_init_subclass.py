class Handler:
    registry = {}

    def __init_subclass__(cls, event=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if event is None:
            raise TypeError(f"{cls.__name__} must declare an event")
        Handler.registry[event] = cls

    def handle(self, payload):
        return f"{type(self).__name__} handled {payload}"


class ClickHandler(Handler, event="click"):
    pass


class KeyHandler(Handler, event="key"):
    pass


for event, payload in [("click", (3, 4)), ("key", "Enter")]:
    print(Handler.registry[event]().handle(payload))
print(sorted(Handler.registry))


class Broken(Handler):
    pass
