class Status:
    def __init__(self, code):
        self.code = code

    def __bool__(self):
        return self.code


print(bool(Status(True)))
if Status(False):
    print("unexpected")
else:
    print("falsy")
bool(Status(1))
