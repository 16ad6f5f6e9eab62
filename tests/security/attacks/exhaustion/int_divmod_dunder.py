# attack: divmod of huge ints through __divmod__/__rdivmod__ and divmod on an int subclass
# limits: max_duration=0.2 max_memory=100000000
class Big(int):
    pass
a = Big((1 << 2_000_000) - 1)
b = (1 << 1_000_000) + 7
q, r = divmod(a, b)
q, r = a.__divmod__(b)
q, r = b.__rdivmod__(a)
print(r.bit_length())
