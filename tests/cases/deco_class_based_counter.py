class CountCalls:
    def __init__(self, func):
        self.func = func
        self.count = 0

    def __call__(self, *args, **kwargs):
        self.count += 1
        return self.func(*args, **kwargs)


@CountCalls
def say(msg):
    return msg.title()


print(say("hello world"))
print(say("another one"))
print(say.count, type(say).__name__, callable(say))
say.count
