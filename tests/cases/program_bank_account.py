class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed:.2f}, only {available:.2f} available")
        self.shortfall = needed - available


class Account:
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount)


alice, bob = Account("alice", 100), Account("bob")
alice.transfer(bob, 30)
bob.deposit(5.5)
try:
    bob.transfer(alice, 100)
except InsufficientFunds as e:
    print("transfer failed:", e, "| shortfall", e.shortfall)
print(alice.balance, bob.balance, alice.history, bob.history)
alice.withdraw(500)
