# attack: call abc.ABCMeta directly: an unregistered class with a __getattribute__ hook
import abc
X = abc.ABCMeta("X", (), {"__getattribute__": lambda self, name: 42})
print(X().anything)
