class Order:
    def __init__(self, order_id, total):
        self.order_id = order_id
        self.total = total

    def summary(self):
        return f"#{self.order_id}: {self.total}"


o = Order(17, 99.5)
print(o.summary())
print(getattr(o, "status", "pending"))
o.status = "paid"
print(o.status)
o.shipping_address
