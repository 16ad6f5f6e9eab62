class QueryBuilder:
    def __init__(self, table):
        self.table = table
        self.conditions = []
        self.order = None
        self.limit_n = None

    def where(self, condition):
        self.conditions.append(condition)
        return self

    def order_by(self, column):
        self.order = column
        return self

    def limit(self, n):
        self.limit_n = n
        return self

    def build(self):
        sql = f"SELECT * FROM {self.table}"
        if self.conditions:
            sql += " WHERE " + " AND ".join(self.conditions)
        if self.order:
            sql += f" ORDER BY {self.order}"
        if self.limit_n is not None:
            sql += f" LIMIT {self.limit_n}"
        return sql


q = QueryBuilder("users").where("age > 18").where("active = 1").order_by("name").limit(10)
print(q.build())
QueryBuilder("logs").limit(5).build()
