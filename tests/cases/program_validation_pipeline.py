def required(field):
    def check(record):
        if not record.get(field):
            return f"{field} is required"
    return check


def max_length(field, n):
    def check(record):
        if len(record.get(field, "")) > n:
            return f"{field} longer than {n}"
    return check


def is_int(field):
    def check(record):
        try:
            int(record.get(field, ""))
        except ValueError:
            return f"{field} must be an integer"
    return check


RULES = [required("name"), max_length("name", 5), required("age"), is_int("age")]
records = [{"name": "ann", "age": "31"}, {"name": "bartholomew", "age": "x"}, {"age": ""}]
report = {}
for i, rec in enumerate(records):
    errors = [msg for rule in RULES if (msg := rule(rec))]
    report[i] = errors or "ok"
    print(i, report[i])
report
