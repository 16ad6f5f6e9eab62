# attack: match keywords read __class__/__mro__ natively, giving unproxied classes
match ():
    case object(__class__=cls):
        match cls:
            case object(__mro__=mro):
                base = mro[-1]
                print(getattr(base, "__subclasses__")())
