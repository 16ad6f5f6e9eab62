def echo():
    while True:
        received = yield
        print("echo:", received)


e = echo()
e.send(None)
e.send("hello")
e.send("world")
fresh = echo()
try:
    fresh.send("too early")
    status = "ok"
except TypeError as e:
    status = ("error", str(e))
status
