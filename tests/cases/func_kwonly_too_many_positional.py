def connect(host, *, port, timeout=5.0):
    return f"{host}:{port} (timeout={timeout})"


print(connect("db", port=5432))
print(connect("cache", port=6379, timeout=1.5))
try:
    connect("db")
except TypeError as e:
    print("error:", e)
try:
    connect("db", 5432)
    status = "ok"
except TypeError as e:
    status = ("error", str(e))
status
