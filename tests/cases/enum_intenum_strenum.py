from enum import IntEnum, Enum


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


class Mode(str, Enum):
    READ = "r"
    WRITE = "w"


print(Priority.HIGH > Priority.LOW, Priority.MEDIUM == 5, Priority.LOW + 1, sorted([10, Priority.LOW, 3]))
print(Priority(5), repr(Priority.HIGH), str(Priority.HIGH), f"{Priority.HIGH}", int(Priority.MEDIUM))
print(max(Priority), [p.name for p in sorted(Priority, reverse=True)])
print(Mode.READ == "r", Mode("w"), Mode.WRITE.value.upper(), isinstance(Mode.READ, str))
print(["x", "y"][Priority.LOW], Priority.HIGH * 2)
try:
    Priority(7)
    status = "ok"
except ValueError as e:
    status = ("error", str(e))
status
