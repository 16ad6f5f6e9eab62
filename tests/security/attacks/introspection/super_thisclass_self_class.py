# attack: super() internals (__thisclass__, __self_class__) by run-time names
class A:
    def m(self):
        s = super()
        return getattr(s, "__this" + "class__"), getattr(s, "__self_" + "class__")
print(A().m())
