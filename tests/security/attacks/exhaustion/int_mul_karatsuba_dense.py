# attack: one product of two dense ints just under the integer size cap (Karatsuba, seconds)
# limits: max_duration=0.5 max_memory=200000000
a = (1 << (1 << 24)) - 1
b = a - 2
print((a * b).bit_length())
