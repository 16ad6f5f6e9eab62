# attack: __init_subclass__ reaching object.__init_subclass__ as a bound builtin and its __self__
class Base:
    def __init_subclass__(cls, **kw):
        hook = super().__init_subclass__
        print(getattr(hook, "__self__"), getattr(getattr(hook, "__self__"), "__subclasses__")())
class Child(Base):
    pass
