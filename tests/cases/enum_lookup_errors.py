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
Status(1)
