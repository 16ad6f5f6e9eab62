# attack: construct re.Pattern with a fake runtime to lift the regex time cap
import re
class Tracker:
    def remaining_time(self):
        return 10**9
class FakeRT:
    tracker = Tracker()
    def slow_tick(self):
        pass
    def allocate(self, n):
        pass
p = re.compile("a")
try:
    q = re.Pattern(FakeRT(), p, p)
    print(q.search("a"))
except Exception as e:
    print(type(e).__name__)
