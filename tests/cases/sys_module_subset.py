# sys: the safe subset agrees with CPython
import sys

print(sys.maxsize == 2**63 - 1, sys.byteorder, sys.maxunicode, sys.version_info >= (3, 11))
print(sys.version_info.major, type(sys.version), sys.float_info.max, sys.int_info.bits_per_digit)
print(sys.stdout.write("written\n"), sys.stdout.isatty())
sys.stdout.writelines(["a", "b\n"])
print("to stderr", file=sys.stderr)
sys.stdout.flush()
try:
    sys.exit(3)
except SystemExit as e:
    print("exit", e.code)
try:
    sys.exit("bye")
except SystemExit as e:
    print("exit", e.code)
try:
    {}["k"]
except KeyError:
    kind, value, _ = sys.exc_info()
    print(kind.__name__, repr(value), sys.exception() is value)
print(sys.exc_info(), sys.exception())
for bad in (0, -5, "x", 2.5):
    try:
        sys.setrecursionlimit(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sys.getsizeof(0) > 0, isinstance(sys.argv, list))
