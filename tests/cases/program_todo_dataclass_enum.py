from dataclasses import dataclass, field
from enum import Enum


class State(Enum):
    TODO = "todo"
    DOING = "doing"
    DONE = "done"


@dataclass
class Task:
    title: str
    points: int = 1
    state: State = State.TODO
    tags: list[str] = field(default_factory=list)

    def advance(self):
        order = list(State)
        idx = order.index(self.state)
        if idx == len(order) - 1:
            raise ValueError(f"task {self.title!r} is already done")
        self.state = order[idx + 1]


board = [Task("design", 3, tags=["ux"]), Task("build", 5), Task("test", 2)]
board[0].advance()
board[0].advance()
board[1].advance()
for t in board:
    print(f"{t.title:<8}{t.state.value:<7}{t.points}")
done_points = sum(t.points for t in board if t.state is State.DONE)
print(board[0])
try:
    board[0].advance()
    status = "ok"
except ValueError as e:
    status = ("error", str(e))
status
