def build_query(table, **filters):
    if not filters:
        return f"SELECT * FROM {table}"
    clauses = [f"{key} = {value!r}" for key, value in filters.items()]
    return f"SELECT * FROM {table} WHERE " + " AND ".join(clauses)


print(build_query("users"))
print(build_query("users", name="bob", age=30))
options = {"status": "active", "role": "admin"}
print(build_query("accounts", **options))


def describe(**kwargs):
    return sorted(kwargs.items())


describe(b=2, a=1, c=3)
