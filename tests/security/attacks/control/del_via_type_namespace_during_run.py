# attack: a __del__ (via type()) that loops forever when collected during the run
# limits: max_duration=0.5
def spin(self):
    while True:
        pass
Finalized = type("Finalized", (), {"__del__": spin})
Finalized()
while True:
    pass
