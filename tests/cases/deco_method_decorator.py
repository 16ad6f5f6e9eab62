def require_login(method):
    def wrapper(self, *args, **kwargs):
        if not self.logged_in:
            raise PermissionError(f"{self.name} must log in to call {method.__name__}")
        return method(self, *args, **kwargs)
    return wrapper


class User:
    def __init__(self, name):
        self.name = name
        self.logged_in = False

    @require_login
    def post(self, text):
        return f"{self.name}: {text}"


u = User("kim")
u.logged_in = True
print(u.post("hello"))
try:
    User("lee").post("spam")
except PermissionError as err:
    print("caught", type(err).__name__)
    last_error = err.args
last_error
