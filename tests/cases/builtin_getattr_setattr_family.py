class Profile:
    role = "member"

    def __init__(self, name):
        self.name = name

    def greet(self):
        return f"hi {self.name}"


p = Profile("kai")
fields = ["name", "role", "email"]
print({f: getattr(p, f, None) for f in fields})
setattr(p, "email", "kai@example.com")
setattr(p, "role", "admin")
print(p.email, p.role, Profile.role)
print(getattr(p, "greet")())
print(hasattr(p, "email"), hasattr(p, "phone"), hasattr(Profile, "greet"))
delattr(p, "role")
print(p.role)
for attr in ["name", "email"]:
    delattr(p, attr)
print(vars(p))
try:
    getattr(p, "name")
except AttributeError as exc:
    outcome = f"{type(exc).__name__}: {exc}"
outcome
