# attack: calendar.setfirstweekday changes the host's module-level calendar for the next run
import calendar
print(calendar.firstweekday(), calendar.weekheader(2))
calendar.setfirstweekday(calendar.THURSDAY)
print(calendar.firstweekday())
