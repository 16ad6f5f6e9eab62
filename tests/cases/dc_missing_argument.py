from dataclasses import dataclass


@dataclass
class User:
    username: str
    email: str
    active: bool = True


u = User("ann", "ann@example.com")
print(u)
print(User(email="b@example.com", username="bob", active=False))
try:
    User("cy")
except TypeError as exc:
    outcome = f"{type(exc).__name__}: {exc}"
outcome
