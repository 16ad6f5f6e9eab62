# decimal, fractions, statistics and cmath agree with CPython on ordinary inputs
import decimal, fractions, statistics, cmath, math
from decimal import Decimal, getcontext, localcontext
from fractions import Fraction
print(Decimal("1.1") + Decimal("2.2"), Decimal(1) / 3, type(Decimal(1) / 3).__name__, repr(Decimal("1.5") * 2))
getcontext().prec = 50
print(Decimal(2).sqrt(), Decimal(2).ln(), Decimal(1).exp())
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / 7, ctx.prec)
print(Decimal(1) / 7, getcontext().prec)
with localcontext(prec=3):
    print(Decimal(2) / 3)
print(int(Decimal("123.9")), math.floor(Decimal("-1.5")), round(Decimal("2.675"), 2), round(Decimal("2.5")), Decimal("1.25").as_integer_ratio())
print(f"{Decimal('1234.5678'):,.2f}", format(Decimal("1e5"), "f"), Decimal("7.5") // 2, divmod(Decimal(7), 2), Decimal(10) ** -2)
print(Decimal.from_float(0.1), type(Decimal.from_float(0.1)).__name__, Decimal(0.5).quantize(Decimal("0.01")), decimal.Context(prec=3).divide(1, 7))
c = getcontext(); print(c.Emax, c.rounding, c.traps[decimal.DivisionByZero], type(c).__name__)
try:
    Decimal(1) / 0
except decimal.DivisionByZero as e:
    print("div0", type(e).__name__)
print(Decimal(3) == 3, Decimal("0.5") < 1, Decimal(1) + 2**70, Decimal("1.5").as_tuple())
print(Fraction(1, 3) + Fraction(1, 6), Fraction("3.1415"), Fraction(0.5), Fraction(Decimal("1.1")), Fraction(22, 7).limit_denominator(5))
print(Fraction(2, 3) ** 3, 2 ** Fraction(2), type(2 ** Fraction(2)).__name__, 2 ** Fraction(-2), Fraction(1, 2) ** Fraction(1, 2), Fraction(7, 2) // 1, Fraction(7, 2) % 1, round(Fraction(7, 3), 2), float(Fraction(1, 8)), repr(Fraction(1, 3) * 3))
print(type(Fraction(1, 3) + 1).__name__, Fraction(1, 3) < 0.5, hash(Fraction(1, 2)) == hash(0.5), int(Fraction(7, 2)), math.floor(Fraction(-7, 2)))
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), statistics.mode("aab"), statistics.stdev([1.5, 2.5, 2.5, 2.75]))
print(statistics.mean(x for x in range(10)), statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4), statistics.fmean([1, 2]), statistics.geometric_mean([1, 4]))
print(statistics.harmonic_mean([40, 60]), statistics.correlation([1, 2, 3], [2, 4, 7]), statistics.linear_regression([1, 2, 3], [2, 4, 6]))
print(statistics.mean([Fraction(1, 3), Fraction(2, 3)]), statistics.mean([Decimal("0.1"), Decimal("0.2")]), statistics.variance([Decimal("1"), Decimal("2")]))
n = statistics.NormalDist(10, 2); print(n.cdf(12), n.inv_cdf(0.5), n.samples(3, seed=1), statistics.NormalDist.from_samples([1, 2, 3]))
print(cmath.sqrt(-1), cmath.phase(1j), cmath.exp(1j * cmath.pi).real)
for call in (
    lambda: Fraction(1, 0),
    lambda: Fraction("abc"),
    lambda: Decimal("abc"),
    lambda: statistics.mean([]),
    lambda: statistics.mode([]),
    lambda: decimal.setcontext(5),
    lambda: localcontext(foo=1),
    lambda: Decimal(1).ln(5),
    lambda: pow(Fraction(1, 2), 2, 3),
):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
ctx = decimal.Context(prec=4, rounding=decimal.ROUND_DOWN)
decimal.setcontext(ctx)
print(Decimal(2) / 3, decimal.getcontext() is ctx, ctx.copy().prec, decimal.BasicContext.prec, decimal.ExtendedContext.traps[decimal.Overflow])
print(ctx.add(1, 2), ctx.power(2, 10), ctx.sqrt(2), ctx.create_decimal("1.23456"), ctx.divmod(7, 2), ctx.to_sci_string(Decimal("1e5")))
print(Decimal("NaN").is_nan(), Decimal("-Infinity"), Decimal("1.30").normalize(), Decimal(-5).copy_abs(), Decimal("12.345").to_integral_value())
