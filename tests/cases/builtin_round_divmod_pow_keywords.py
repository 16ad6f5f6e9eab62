print(round(number=3.5), round(number=5, ndigits=-1), round(5.5, ndigits=None), round(2.5), round(7, 1))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), pow(2, 10, 1000), pow(base=2, exp=5), pow(3, -1, 7))
for bad in ("divmod(1)", "divmod(1, 2, 3)", "round()", "round(1, 2, 3)", "pow(2)", "divmod(a=1, b=2)", "round(1, ndigits=1, x=2)"):
    try:
        eval(bad)
    except TypeError as e:
        print(bad, '->', e)
