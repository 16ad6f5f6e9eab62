# attack: a __del__ added through type()'s namespace runs on the host after the run, unlimited
# limits: max_duration=1
def slow(self):
    total = 0
    for i in range(3 * 10**7):
        total += i
Finalized = type("Finalized", (), {"__del__": slow})
kept = Finalized()
