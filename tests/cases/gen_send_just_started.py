def echo():
    while True:
        received = yield
        print("echo:", received)


e = echo()
e.send(None)
e.send("hello")
e.send("world")
fresh = echo()
fresh.send("too early")
