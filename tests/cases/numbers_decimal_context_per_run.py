# decimal: a fresh run starts from CPython's default context, and localcontext restores it
import decimal

ctx = decimal.getcontext()
print(ctx.prec, ctx.rounding, ctx.Emax, ctx.Emin, ctx.capitals, ctx.clamp, sorted(s.__name__ for s, v in ctx.traps.items() if v))
print(sorted(s.__name__ for s, v in ctx.flags.items() if v))
ctx.prec = 6
with decimal.localcontext() as inner:
    inner.prec = 2
    print(decimal.Decimal(1) / 3)
    with decimal.localcontext(decimal.ExtendedContext):
        print(decimal.Decimal(1) / 0, decimal.getcontext().prec)
print(decimal.Decimal(1) / 3, decimal.getcontext() is ctx, decimal.Decimal(1) / 7 + 1)
print(sorted(s.__name__ for s, v in ctx.flags.items() if v))
ctx.clear_flags()
try:
    ctx.prec = 0
except ValueError as e:
    print(e)
try:
    ctx.rounding = "sideways"
except TypeError as e:
    print(e)
