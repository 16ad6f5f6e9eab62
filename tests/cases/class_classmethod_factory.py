class Date:
    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day

    @classmethod
    def from_string(cls, text):
        year, month, day = map(int, text.split("-"))
        return cls(year, month, day)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def __repr__(self):
        return f"{type(self).__name__}({self.year}, {self.month}, {self.day})"


class BirthDate(Date):
    pass


d = Date.from_string("2024-02-29")
b = BirthDate.from_string("1990-07-15")
print(d, b)
print(Date.is_leap(2024), d.is_leap(1900), BirthDate.is_leap(2000))
[repr(d), repr(b)]
