class BankAccount:
    bank_name = "PyBank"

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    def describe(self):
        return f"{self.owner} @ {self.bank_name}: {self.balance}"


acct = BankAccount("Ana", 100)
acct.deposit(50)
print(acct.describe())
other = BankAccount("Bo")
print(other.describe())
print(type(acct).__name__, isinstance(acct, BankAccount))
[acct.balance, other.balance, BankAccount.bank_name]
