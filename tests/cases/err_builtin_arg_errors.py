checks = [
    lambda: chr(-1),
    lambda: chr(0x110000),
    lambda: ord("ab"),
    lambda: ord(""),
    lambda: min([]),
    lambda: max(()),
    lambda: sum(["a", "b"], ""),
    lambda: abs("5"),
    lambda: round("1.5"),
    lambda: range(1.5),
    lambda: next([1, 2]),
    lambda: iter(5),
    lambda: pow(2, -1, 4),
    lambda: divmod("a", 2),
    lambda: int("10", 1),
    lambda: bytes([300]),
    lambda: -"x",
    lambda: ~1.5,
    lambda: 1 << -1,
]
for check in checks:
    try:
        check()
    except (TypeError, ValueError, StopIteration) as e:
        print(f"{type(e).__name__}: {e}")
len(checks)
