# calendar: text calendars, month arithmetic and the first weekday agree with CPython
import calendar

print(calendar.month(2024, 2))
print(calendar.calendar(2023, 1, 1, 2, 4))
print(calendar.isleap(2024), calendar.leapdays(1900, 2024), calendar.monthrange(2024, 2))
print(calendar.weekday(2024, 7, 4), calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.day_name[0])
print(list(calendar.month_abbr)[:3], calendar.monthcalendar(2024, 2)[0], calendar.weekheader(3))
calendar.prmonth(2024, 3)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.monthcalendar(2024, 2)[0])
print(calendar.TextCalendar(6).formatmonth(2024, 4, 3, 1))
print(calendar.HTMLCalendar().formatmonth(2024, 1)[:60])
print(list(calendar.Calendar().itermonthdays(2024, 2))[:8])
try:
    calendar.setfirstweekday(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    calendar.month(2024, 13)
except calendar.IllegalMonthError as e:
    print(e)
