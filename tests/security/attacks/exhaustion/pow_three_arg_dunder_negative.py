# attack: three-argument pow through int.__pow__ and with a negative exponent (modular inverse)
# limits: max_duration=0.2 max_memory=100000000
m = 10**2000 + 1
r = (3).__pow__(10**2000, m)
r = pow(3, -(10**2000), m)
print(r % 10)
