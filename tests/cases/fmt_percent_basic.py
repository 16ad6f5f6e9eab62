name = "Ann"
age = 31
balance = 1234.5678
print("Hello %s, you are %d" % (name, age))
print("Balance: %.2f | %10.3f | %-10.1f|" % (balance, balance, balance))
print("Hex %x %X %#x | Oct %o %#o | Sci %e %.2E" % (255, 255, 255, 8, 8, balance, balance))
print("repr %r vs str %s" % ("text", "text"))
print("Percent: %d%%" % 50)
print("Padded: [%5d] [%-5d] [%05d] [%+d]" % (42, 42, 42, 42))
print("%c%c%c" % (72, 105, 33))
print("%s" % [1, 2], "%s" % (("tuple",),))
"%s is %s" % ("x", None)
