from dataclasses import dataclass, field


@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
    created: int = 0


tasks = [Task(2, "write docs", 5), Task(1, "fix bug", 9), Task(2, "review", 1), Task(1, "deploy", 3)]
for t in sorted(tasks):
    print(t)
print(Task(1, "a") < Task(1, "b", 1), Task(3, "x") == Task(3, "y"), max(tasks).name)
print(Task(1, "a") <= Task(1, "zzz"))
Task(1, "a") < (1, "a")
