# Builtins called with wrong arguments: CPython's messages, not the sandbox wrappers' own
# signatures (`_build_template.<locals>.sum_() missing 1 required positional argument...`).
calls = [
    lambda: sum(),
    lambda: sum(0, 0, "a"),
    lambda: any(),
    lambda: all(),
    lambda: setattr(),
    lambda: format(1, key=1),
    lambda: sorted(),
    lambda: min(),
    lambda: max(1, 2, x=3),
    lambda: iter(),
    lambda: pow(),
    lambda: hash(),
]
for call in calls:
    try:
        call()
    except TypeError as err:
        print(err)
