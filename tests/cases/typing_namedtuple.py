from typing import NamedTuple


class Employee(NamedTuple):
    name: str
    dept: str
    salary: int = 50000

    def raise_salary(self, pct: float) -> "Employee":
        return self._replace(salary=int(self.salary * (1 + pct / 100)))


e = Employee("ann", "eng")
print(e, e.name, e[1], len(e), e.salary)
name, dept, salary = e
print(name, dept, salary)
e2 = e.raise_salary(10)
print(e2, e2._asdict(), Employee._fields, Employee._field_defaults)
print(e == ("ann", "eng", 50000), isinstance(e, tuple), sorted([e2, e]))
e.salary = 1
