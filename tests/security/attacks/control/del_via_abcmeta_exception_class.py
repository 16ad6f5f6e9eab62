# attack: an exception class with __del__ built through abc.ABCMeta; the host drops it after the run
# limits: max_duration=1
import abc
def slow(self):
    total = 0
    for i in range(3 * 10**7):
        total += i
Boom = abc.ABCMeta("Boom", (Exception,), {"__del__": slow})
raise Boom("the host keeps this exception")
