from enum import Enum


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"


print(Status("active"), Status["INACTIVE"])
try:
    Status("deleted")
except ValueError as e:
    print("ValueError:", e)
try:
    Status["DELETED"]
except KeyError as e:
    print("KeyError:", e)
try:
    Status(1)
except ValueError as err:
    print("caught", type(err).__name__)
    last_error = err.args
last_error
