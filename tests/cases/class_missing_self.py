class Greeter:
    prefix = "Hello"

    def greet():
        return "hi"

    def wave(self, times):
        return "~" * times


g = Greeter()
print(g.wave(3))
print(Greeter.wave(g, 2))
try:
    Greeter.wave(2)
except TypeError as e:
    print(e)
try:
    g.greet()
    status = "ok"
except TypeError as e:
    status = ("error", str(e))
status
