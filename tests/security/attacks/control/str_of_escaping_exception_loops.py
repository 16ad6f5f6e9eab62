# attack: the escaping exception's __str__ loops forever while the host formats the error
# limits: max_duration=0.5
class Slow(Exception):
    def __str__(self):
        while True:
            pass
raise Slow()
