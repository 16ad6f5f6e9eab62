# attack: a __del__ given through abc.ABCMeta's namespace does slow C-level work after the run ends
# limits: max_duration=1
import abc
a = 1 << 3_000_000
b = (1 << 1_500_000) + 1
def slow(self):
    a // b
Finalized = abc.ABCMeta("Finalized", (), {"__del__": slow})
kept = Finalized()
