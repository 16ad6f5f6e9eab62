# attack: function.__get__ to bind a sandbox function to a host object as a method
def f(self):
    return self
bound = getattr(f, "__get__")(len)
print(getattr(bound, "__self__"))
