# attack: reach CPython's own Decimal class through __bases__/__mro__ and convert without checks
# expect: TimeoutError
import decimal
for cls in decimal.Decimal.__mro__ + type(decimal.Decimal(1)).__bases__:
    if cls is not object:
        print(int(cls("1e999999")) % 7)
