# datetime and zoneinfo: arithmetic, formatting, parsing and time zones agree with CPython
import datetime as dt
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

d = date(2024, 2, 28)
print(d + timedelta(days=2), d.weekday(), d.isoformat(), d.strftime("%A %d %B %Y"), d.toordinal())
print(date.fromisoformat("2023-12-31"), date.fromordinal(738000), d.replace(day=1), d.isocalendar())
x = datetime(2024, 3, 10, 1, 30, tzinfo=timezone.utc)
print(x, x.timestamp(), x.astimezone(timezone(timedelta(hours=-5))), repr(x))
print(datetime.strptime("2024-07-04 12:00", "%Y-%m-%d %H:%M"), f"{x:%H:%M %Z}")
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromisoformat("2024-01-02T03:04:05+01:00"))
print(timedelta(days=1, hours=3) * 2, timedelta(seconds=90).total_seconds(), -timedelta(1))
paris = ZoneInfo("Europe/Paris")
summer = datetime(2024, 7, 1, 12, tzinfo=paris)
print(summer.utcoffset(), summer.tzname(), summer.astimezone(ZoneInfo("America/New_York")))
print(paris.key, str(paris), datetime(2024, 1, 1, tzinfo=paris).dst())
print(dt.MINYEAR, dt.MAXYEAR, dt.UTC is timezone.utc, isinstance(datetime.now(), date))
print(type(date.today()).__name__, type(datetime.now(timezone.utc)).__name__, datetime.now(timezone.utc).tzinfo)
for bad in ("../../etc/passwd", "/etc/localtime", "Nowhere/Atlantis"):
    try:
        ZoneInfo(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    date(2024, 2, 30)
except ValueError as e:
    print(e)


class UTC2(dt.tzinfo):
    def utcoffset(self, when):
        return timedelta(hours=2)

    def tzname(self, when):
        return "UTC+2"

    def dst(self, when):
        return timedelta(0)


print(datetime(2024, 1, 1, tzinfo=UTC2()).isoformat(), datetime.now(UTC2()).tzname())
