# attack: a sandbox class's mappingproxy: pull out the __weakref__/__dict__ descriptors and apply them to host objects
class A:
    pass
proxy = A.__dict__
for key in ("__dict__", "__weakref__"):
    desc = proxy[key]
    print(key, type(desc), getattr(desc, "__objclass__", None))
    get = getattr(desc, "__get__", None)
    if get is not None:
        print(get(print))
