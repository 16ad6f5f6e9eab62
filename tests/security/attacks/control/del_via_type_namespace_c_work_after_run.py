# attack: a __del__ (via type()) doing slow C-level work when the host frees the run
# limits: max_duration=1
a = 1 << (1 << 21)
b = (1 << (1 << 20)) + 1
def slow(self):
    a // b
Finalized = type("Finalized", (), {"__del__": slow})
kept = Finalized()
