# attack: a plain decimal.Context from __bases__ or localcontext computes ln at a huge precision
# expect: TimeoutError
import decimal
base = type(decimal.getcontext()).__bases__[0]
ctx = base(prec=30000)
print(ctx.ln(2))
