class AppError(Exception):
    """Base class for application errors."""


class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field


class NotFoundError(AppError):
    pass


def handle(exc):
    try:
        raise exc
    except ValidationError as e:
        return f"invalid field {e.field!r} ({e})"
    except AppError as e:
        return f"app error {type(e).__name__}: {e}"


print(handle(ValidationError("email", "missing @")))
print(handle(NotFoundError("user 42")))
print(issubclass(ValidationError, Exception), ValidationError.mro()[1].__name__)
print(ValidationError.__doc__, AppError.__doc__)
raise ValidationError("age", "must be positive")
