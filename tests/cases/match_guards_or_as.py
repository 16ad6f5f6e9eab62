def grade(score):
    match score:
        case int(s) | float(s) if s >= 90:
            return "A"
        case int(s) | float(s) if s >= 75:
            return "B"
        case (int() | float()) as s if s >= 0:
            return "C"
        case _:
            raise ValueError(f"invalid score: {score!r}")


print([grade(s) for s in [95, 80.5, 30, 0]])


def parse(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"moving {direction}"
        case ["take", *objects] if objects:
            return f"taking {', '.join(objects)}"
        case ["quit" | "exit"]:
            return "bye"
        case _:
            return f"unknown command: {cmd!r}"


print([parse(c) for c in ["go north", "go up", "take lamp key", "take", "exit"]])
try:
    grade(-1)
except ValueError as err:
    print("caught", type(err).__name__)
    last_error = err.args
last_error
