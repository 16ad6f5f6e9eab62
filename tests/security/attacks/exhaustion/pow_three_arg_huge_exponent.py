# attack: pow(b, e, m) with a huge exponent and modulus
# limits: max_duration=0.2 max_memory=100000000
r = pow(3, 10**2000, 10**2000 + 1)
print(r % 10)
