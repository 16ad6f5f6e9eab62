# attack: text calendars with huge column widths and spacing allocate in C
# expect: MemoryError
import calendar
print(len(calendar.month(2024, 2, 10**4)))
calendar.calendar(2024, 10**9, 1, 10**9)
