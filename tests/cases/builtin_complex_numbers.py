z = complex(3, 4)
print(z, z.real, z.imag, abs(z), z.conjugate())
w = 1 - 2j
print(z + w, z * w, z / w, z ** 2, -w)
print(complex("1+2j"), complex("-3.5j"), complex(2), complex(), 1j * 1j)
print(repr(2j), repr(complex(0, -0.0)), z == 3 + 4j, (1 + 0j) == 1)
print(type(z).__name__, isinstance(z, complex), format(z, ".2f"))
try:
    z < w
except TypeError as e:
    print("TypeError:", e)
complex("1 + 2j")
