def connect(host, port=80, *, secure=False, **options):
    return host, port, secure, options


base = {"host": "example.com", "port": 8443}
extra = {"secure": True, "retries": 3}
print(connect(**base))
print(connect(**base, **extra))
print(connect("localhost", **{"timeout": 10}))
print(connect(**{"host": "h"}, secure=True, verbose=1))
merged = dict(**base, mode="fast")
print(merged)
try:
    connect(**base, **{"port": 1})
except TypeError as exc:
    outcome = f"{type(exc).__name__}: {exc}"
outcome
