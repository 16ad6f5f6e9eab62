from abc import ABC, abstractmethod


class Validator(ABC):
    @abstractmethod
    def validate(self, value):
        if value is None:
            raise ValueError("value is required")
        return value


class Positive(Validator):
    def validate(self, value):
        value = super().validate(value)
        if value <= 0:
            raise ValueError(f"{value} is not positive")
        return value


v = Positive()
print(v.validate(5))
try:
    v.validate(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    v.validate(None)
except ValueError as exc:
    outcome = f"{type(exc).__name__}: {exc}"
outcome
