values = [0, 7, -7, 1234, -98765, 3.5, -0.25]
for v in values:
    print(f"|{v:+}|{v: }|{v:-}|{v:>+8}|{v:<8}|{v:^+9}|{v:=+9}|")
big = 9876543210
print(f"{big:,} {big:_} {big:_x} {big:,.2f} {big:>20,}")
f"{-1234.5:010,.1f}"
