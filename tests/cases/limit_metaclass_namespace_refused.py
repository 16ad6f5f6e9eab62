# monty: raises TypeError
import abc


def fin(self):
    pass


abc.ABCMeta("X", (), {"__del__": fin})
