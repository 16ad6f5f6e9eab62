# attack: a user class named like the runtime's limit error, raised and caught, must not stop the run wrongly
class LimitExceeded(BaseException):
    pass
try:
    raise LimitExceeded("fake")
except LimitExceeded:
    pass
try:
    raise TimeoutError("mine")
except TimeoutError as e:
    print("caught my own", e)
