class Registry:
    _instance = None

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            print("creating instance")
            cls._instance = super().__new__(cls)
            cls._instance.items = []
        return cls._instance

    def __init__(self, name):
        print("init", name)
        self.name = name


a = Registry("first")
b = Registry("second")
a.items.append("x")
print(a is b, b.items, a.name)
a.name
