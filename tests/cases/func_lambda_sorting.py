employees = [
    {"name": "Zoe", "dept": "eng", "salary": 120},
    {"name": "Adam", "dept": "ops", "salary": 95},
    {"name": "Maya", "dept": "eng", "salary": 130},
    {"name": "Liam", "dept": "ops", "salary": 95},
]

by_salary = sorted(employees, key=lambda e: (-e["salary"], e["name"]))
print([e["name"] for e in by_salary])
by_dept = sorted(employees, key=lambda e: e["dept"], reverse=True)
print([e["name"] for e in by_dept])
top = max(employees, key=lambda e: e["salary"])
print(top["name"])
square = lambda x: x ** 2
add = lambda a, b=10: a + b
[square(7), add(1), add(1, 2), (lambda *a, **k: (a, k))(1, x=2)]
