# time: conversions of fixed timestamps, sleep argument checks, clock readings' types
import time

t = time.gmtime(86400 * 365)
print(t, t.tm_year, t[0], t.tm_yday, len(t))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %j", t))
print(time.asctime(t))
p = time.strptime("2024-02-29 13:45", "%Y-%m-%d %H:%M")
print(p.tm_wday, p.tm_yday, tuple(p)[:6])
print(type(time.time()), type(time.time_ns()), type(time.monotonic()), type(time.perf_counter_ns()))
a = time.monotonic()
time.sleep(0.01)
time.sleep(0)
print(time.monotonic() - a >= 0.01)
for bad in (-1, "1", float("nan")):
    try:
        time.sleep(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    time.strptime("2024", "%d")
except ValueError as e:
    print(e)
print(time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0)).tm_mday)
