for code in [65, 97, 48, 9731]:
    print(f"{code:>5} {code:c} {code:#06x} {code:#b}")
mask = 0b1011_0110
print(f"{mask:08b} -> {mask >> 2:08b} -> {mask & 0xF:04b}")
addresses = [10, 255, 4096]
print(" ".join(f"{a:04X}" for a in addresses))
f"{255:#X}", f"{-255:#x}", f"{0:#o}"
