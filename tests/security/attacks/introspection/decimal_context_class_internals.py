# attack: decimal.getcontext().__class__ and the Decimal class lead to host classes, modules or globals
import decimal
ctx = decimal.getcontext()
for obj, name in ((ctx, "__class__"), (ctx.__class__, "__mro__"), (ctx.copy, "__globals__"), (ctx.ln, "__closure__"), (decimal.Decimal, "__new__"), (decimal.Decimal(1).ln, "__func__"), (decimal.localcontext(), "_rt"), (decimal.getcontext, "__closure__"), (decimal.Decimal, "__subclasses__")):
    try:
        value = getattr(obj, name)
        print(name, value)
        print(value.__globals__["sys"].modules["os"].environ["MONTY_CANARY_SECRET"])
    except (AttributeError, TypeError) as e:
        print("no", name, type(e).__name__)
