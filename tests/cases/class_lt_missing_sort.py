class Task:
    def __init__(self, priority, title):
        self.priority = priority
        self.title = title


tasks = [Task(2, "write"), Task(1, "plan"), Task(3, "ship")]
ordered = sorted(tasks, key=lambda t: t.priority)
print([t.title for t in ordered])
try:
    sorted(tasks)
except TypeError as exc:
    outcome = f"{type(exc).__name__}: {exc}"
outcome
