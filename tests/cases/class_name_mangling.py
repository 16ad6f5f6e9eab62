class Account:
    def __init__(self, owner, pin):
        self.owner = owner
        self.__pin = pin
        self._hint = "birthday"

    def check(self, pin):
        return pin == self.__pin


class Joint(Account):
    def leak(self):
        return self.__pin


acct = Account("ann", 1234)
print(acct.check(1234), acct.check(1))
print(acct._Account__pin, acct._hint)
print(sorted(vars(acct)))
try:
    Joint("bo", 42).leak()
except AttributeError as e:
    print(e)
acct.__pin
