class PaymentError(Exception):
    pass


async def charge(amount):
    if amount > 100:
        raise PaymentError(f"amount {amount} exceeds limit")
    return f"charged {amount}"


async def checkout(cart):
    total = sum(cart)
    try:
        return await charge(total)
    except PaymentError as e:
        print("checkout failed:", e)
        raise


print(await checkout([10, 20]))
try:
    await checkout([90, 30])
except PaymentError as e:
    print("caller saw:", type(e).__name__)
try:
    await checkout([500])
except PaymentError as err:
    print("caught", type(err).__name__)
    last_error = err.args
last_error
