TRANSITIONS = {
    ("idle", "start"): "running",
    ("running", "pause"): "paused",
    ("paused", "resume"): "running",
    ("running", "stop"): "stopped",
    ("paused", "stop"): "stopped",
}


class Machine:
    def __init__(self):
        self.state = "idle"
        self.log = []

    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise RuntimeError(f"invalid event {event!r} in state {self.state!r}")
        new_state = TRANSITIONS[key]
        self.log.append(f"{self.state} --{event}--> {new_state}")
        self.state = new_state
        return self


m = Machine()
m.fire("start").fire("pause").fire("resume").fire("stop")
print("\n".join(m.log))
print("final:", m.state)
Machine().fire("start").fire("resume")
