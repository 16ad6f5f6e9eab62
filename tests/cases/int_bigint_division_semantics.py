# normal-sized big ints keep dividing, multiplying and rounding as in CPython
import functools
import operator

a = 3 ** 5000 + 12345
b = 7 ** 900 - 1
print(a // b % 1000, a % b % 1000, divmod(a, b)[1] % 1000, (-a) // b % 97, (-a) % b % 97)
x = a
x //= b
y = a
y %= -b
print(x % 1000, y % 1000, a.__floordiv__(b) % 10, b.__rfloordiv__(a) % 10)
print(a.__divmod__(b)[0] % 10, b.__rdivmod__(a)[0] % 10, a.__mod__(b) % 10, b.__rmod__(a) % 10)
print((5).__floordiv__(2.0), (5).__divmod__(2.0), int.__floordiv__(7, 2), int.__divmod__(7, -2))
print(operator.floordiv(a, b) % 10, functools.reduce(operator.floordiv, [a, b, 3]) % 10)
print(7.5 // 2, 7.5 % 2, divmod(7.5, 2), -7 // 2.0, 2 ** 70 // 3, 2 ** 70 % 3, 2 ** 70 // 2 ** 69)
print(pow(3, 10**40, 10**30 + 7), pow(3, -1, 10**20 + 39), (3).__pow__(10**30, 10**9 + 7))
print((a * b) % 1000, (2 * a) % 1000, (a * 2) % 1000, -3 * a % 7, a * -3 % 7)
print(round(123456789, -3), round(-987654321, -5), round(5, -100), round(15, -1), round(25, -1))
print(round(True, -1), round(10**40 + 5 * 10**20, -21), (12345).__round__(-2), (12345).__round__())
print(round(7, 2), round(7), round(2.675, 2), round(-0.5), int.__round__(17, -1))


class Half(int):
    def __floordiv__(self, other):
        return Half(int(self) // other + 1000)

    def __round__(self, ndigits=None):
        return "rounded"


h = Half(10)
print(h // 3, type(h // 3).__name__, round(h, -5), divmod(h, 3), h % 3, h * 2)


class Idx:
    def __index__(self):
        return -2


print(round(12345, Idx()))
for bad in ("x", 1.5, None):
    try:
        print(round(12345, bad))
    except TypeError as e:
        print("TypeError", e)
for ops in ((lambda: 10**30 // 0), (lambda: 10**30 % 0), (lambda: divmod(10**30, 0)), (lambda: pow(2, 10**30, 0))):
    try:
        ops()
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
