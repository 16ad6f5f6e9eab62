x = 10
x += 5
x -= 3
x *= 2
x //= 5
x **= 3
x %= 50
print(x)
y = 7.5
y /= 2
print(y)
bits = 0b1010
bits |= 0b0101
bits &= 0b1100
bits ^= 0b0001
bits <<= 2
bits >>= 1
print(bin(bits))
s = "ab"
s *= 3
s += "!"
lst = [1]
lst *= 2
lst += (3, 4)
t = (1,)
t += (2,)
[s, lst, t]
