# pyright: reportUnknownMemberType=false, reportUnknownArgumentType=false, reportUnknownVariableType=false
"""Sandbox modules for dates and time: `time`, `datetime`, `zoneinfo`, `calendar`.

Clock policy: every reading of the clock goes through the run's runtime, `Runtime.clock()`
(wall-clock seconds: `time.time()`, `datetime.now()`, `date.today()`, `time.localtime()`
without an argument) and `Runtime.monotonic()` (`time.monotonic()`, `time.perf_counter()`).
By default they read the host's clock (agents need "today"); an OS-access policy replaces
`Runtime.clock_source` / `monotonic_source` to freeze or shift it. `time.sleep(s)` sleeps in
short slices that each check the run's limits, so a time limit stops it (`Runtime.sleep`;
an OS-access policy may skip or cap it); a negative
duration is refused as in CPython. `process_time`/`thread_time` (the host process's CPU
time) and `tzset` (host-wide state) are left out.

Review notes: `strftime` formats are bounded (the result is reported before it is built),
`strptime` input and format lengths are bounded (CPython's parser compiles the format to a
regular expression run by the host's `re`); `datetime.now(tz)` calls `tz.utcoffset` as
CPython does (sandbox code, sandbox-run). `zoneinfo.ZoneInfo(key)` reads the host's tz
database (public data) after CPython's own key validation (`../` and absolute paths raise
ValueError); `ZoneInfo.from_file`, `ZoneInfo.clear_cache`, `reset_tzpath` and `TZPATH` are left out.
`calendar`'s text calendars report their size before they are built; its `setfirstweekday`
(a module global in CPython) changes only the run's own `calendar` module.
"""

from __future__ import annotations

import calendar
import datetime
import time
import zoneinfo
from typing import TYPE_CHECKING, Any

from ..policy import register_host_type
from . import ALLOWED_BASES, register

if TYPE_CHECKING:
    from ..execute.runtime import Runtime

#: Longest `strptime` input or format (CPython compiles the format into a regex).
_MAX_STRPTIME = 1000
#: Bytes one format directive may expand to (`%c` is the longest, about 24 characters).
_STRFTIME_EXPANSION = 64

register_host_type(
    time.struct_time,
    "tm_year tm_mon tm_mday tm_hour tm_min tm_sec tm_wday tm_yday tm_isdst tm_zone "
    "tm_gmtoff n_fields n_sequence_fields n_unnamed_fields count index",
)


def _strftime_size(rt: Runtime, fmt: Any) -> None:
    """Report the size of a `strftime` result before it is built."""
    if isinstance(fmt, str) and len(fmt) > 256:
        rt.allocate(len(fmt) * _STRFTIME_EXPANSION)


def _strptime_args(data: Any, fmt: Any) -> None:
    """Refuse `strptime` inputs longer than any real date."""
    for value in (data, fmt):
        if isinstance(value, str) and len(value) > _MAX_STRPTIME:
            raise ValueError(
                f"strptime() input longer than {_MAX_STRPTIME} characters is not supported in the sandbox"
            )


@register("time")
def _time(rt: Runtime) -> dict[str, Any]:
    def time_() -> float:
        return rt.clock()

    def time_ns() -> int:
        return int(rt.clock() * 1e9)

    def monotonic() -> float:
        return rt.monotonic()

    def monotonic_ns() -> int:
        return int(rt.monotonic() * 1e9)

    def sleep(secs: Any, /) -> None:
        if not isinstance(secs, int | float):
            raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer")
        secs = float(secs)
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        if secs < 0:
            raise ValueError("sleep length must be non-negative")
        rt.sleep(secs)

    def gmtime(secs: Any = None, /) -> time.struct_time:
        return time.gmtime(rt.clock() if secs is None else secs)

    def localtime(secs: Any = None, /) -> time.struct_time:
        return time.localtime(rt.clock() if secs is None else secs)

    def ctime(secs: Any = None, /) -> str:
        return time.ctime(rt.clock() if secs is None else secs)

    def asctime(t: Any = None, /) -> str:
        return time.asctime(time.localtime(rt.clock()) if t is None else t)

    def strftime(format: Any, t: Any = None, /) -> str:
        _strftime_size(rt, format)
        return time.strftime(format, time.localtime(rt.clock()) if t is None else t)

    def strptime(data: Any, format: Any = "%a %b %d %H:%M:%S %Y", /) -> time.struct_time:
        _strptime_args(data, format)
        return time.strptime(data, format)

    return {
        "time": time_,
        "time_ns": time_ns,
        "monotonic": monotonic,
        "monotonic_ns": monotonic_ns,
        "perf_counter": monotonic,
        "perf_counter_ns": monotonic_ns,
        "sleep": sleep,
        "gmtime": gmtime,
        "localtime": localtime,
        "mktime": time.mktime,
        "ctime": ctime,
        "asctime": asctime,
        "strftime": strftime,
        "strptime": strptime,
        "struct_time": time.struct_time,
        "timezone": time.timezone,
        "altzone": time.altzone,
        "daylight": time.daylight,
        "tzname": time.tzname,
    }


# -- datetime -----------------------------------------------------------------------------

for _cls in (
    datetime.date,
    datetime.datetime,
    datetime.time,
    datetime.timedelta,
    datetime.timezone,
    datetime.tzinfo,
):
    register_host_type(_cls, public=True)
    ALLOWED_BASES.add(_cls)


def _owner_class(obj: Any) -> Any:
    """The class a special accessor was read on (the class itself, or an instance's)."""
    return obj if isinstance(obj, type) else type(obj)


def _today(obj: Any) -> Any:
    """`date.today` / `datetime.today`: the run's clock."""
    cls = _owner_class(obj)

    def today() -> Any:
        return cls.fromtimestamp(_current().clock())

    return today


def _now(obj: Any) -> Any:
    """`datetime.now`: the run's clock."""
    cls = _owner_class(obj)

    def now(tz: Any = None) -> Any:
        return cls.fromtimestamp(_current().clock(), tz)

    return now


def _utcnow(obj: Any) -> Any:
    """`datetime.utcnow`: the run's clock."""
    cls = _owner_class(obj)

    def utcnow() -> Any:
        return cls.utcfromtimestamp(_current().clock())

    return utcnow


def _strftime_of(cls: Any) -> Any:
    """The accessor of `cls.strftime` (`date`, `time`): the result's size is reported first."""

    def accessor(obj: Any) -> Any:
        if isinstance(obj, type):
            return cls.strftime  # the unbound method: `date.strftime(d, fmt)` reads it here

        def strftime(format: Any) -> str:
            _strftime_size(_current(), format)
            return cls.strftime(obj, format)

        return strftime

    return accessor


def _strptime_method(obj: Any) -> Any:
    """`datetime.strptime`: bounded input and format."""
    cls = _owner_class(obj)

    def strptime(date_string: Any, format: Any) -> Any:
        _strptime_args(date_string, format)
        return cls.strptime(date_string, format)

    return strptime


def _current() -> Runtime:
    from ..execute.runtime import CURRENT

    return CURRENT.get()


def _install_specials() -> None:
    from ..policy import SPECIAL

    SPECIAL[(datetime.date, "today")] = _today
    SPECIAL[(datetime.datetime, "now")] = _now
    SPECIAL[(datetime.datetime, "utcnow")] = _utcnow
    SPECIAL[(datetime.datetime, "strptime")] = _strptime_method
    for cls in (datetime.date, datetime.time):
        SPECIAL[(cls, "strftime")] = _strftime_of(cls)


_install_specials()


@register("datetime")
def _datetime(rt: Runtime) -> dict[str, Any]:
    return {
        "date": datetime.date,
        "datetime": datetime.datetime,
        "time": datetime.time,
        "timedelta": datetime.timedelta,
        "timezone": datetime.timezone,
        "tzinfo": datetime.tzinfo,
        "MINYEAR": datetime.MINYEAR,
        "MAXYEAR": datetime.MAXYEAR,
        "UTC": datetime.UTC,
    }


# -- zoneinfo -----------------------------------------------------------------------------

register_host_type(zoneinfo.ZoneInfo, "key utcoffset dst tzname fromutc no_cache")
ALLOWED_BASES.add(zoneinfo.ZoneInfo)


@register("zoneinfo")
def _zoneinfo(rt: Runtime) -> dict[str, Any]:
    def available_timezones() -> set[str]:
        return zoneinfo.available_timezones()

    return {
        "ZoneInfo": zoneinfo.ZoneInfo,
        "ZoneInfoNotFoundError": zoneinfo.ZoneInfoNotFoundError,
        "available_timezones": available_timezones,
    }


# -- calendar -----------------------------------------------------------------------------

_COLWIDTH: int = vars(calendar)["_colwidth"]
_SPACING: int = vars(calendar)["_spacing"]
_MDAYS: list[int] = vars(calendar)["mdays"]
#: Text calendars up to this many characters are built without reporting their size.
_SMALL_CALENDAR = 64 * 1024


def _int_arg(value: Any) -> int:
    return abs(value) if type(value) is int else 0


def _text_size(w: Any = 0, l: Any = 0, c: Any = 0, m: Any = 1) -> int:  # noqa: E741
    """An upper bound on the characters of a text calendar with these widths."""
    width, lines, spacing = _int_arg(w) + 2, _int_arg(l) + 1, _int_arg(c)
    months = min(max(_int_arg(m), 1), 12)
    line = months * (7 * (width + 1) + spacing) + 40
    return line * (8 * lines + 4) * 12


class TextCalendar(calendar.TextCalendar):
    """`calendar.TextCalendar` whose output sizes are reported before they are built and
    whose `pr...` methods print through the run's print callback."""

    def _check(self, size: int) -> None:
        if size > _SMALL_CALENDAR:
            _current().allocate(4 * size)

    def formatday(self, day: Any, weekday: Any, width: Any) -> str:
        self._check(_int_arg(width))
        return super().formatday(day, weekday, width)

    def formatweekday(self, day: Any, width: Any) -> str:
        self._check(_int_arg(width))
        return super().formatweekday(day, width)

    def formatweek(self, theweek: Any, width: Any) -> str:
        self._check(8 * _int_arg(width))
        return super().formatweek(theweek, width)

    def formatweekheader(self, width: Any) -> str:
        self._check(8 * _int_arg(width))
        return super().formatweekheader(width)

    def formatmonthname(
        self, theyear: Any, themonth: Any, width: Any, withyear: bool = True
    ) -> str:
        self._check(_int_arg(width))
        return super().formatmonthname(theyear, themonth, width, withyear)

    def formatmonth(self, theyear: Any, themonth: Any, w: Any = 0, l: Any = 0) -> str:  # noqa: E741
        self._check(_text_size(w, l) // 12)
        return super().formatmonth(theyear, themonth, w, l)

    def formatyear(self, theyear: Any, w: Any = 2, l: Any = 1, c: Any = 6, m: Any = 3) -> str:  # noqa: E741
        self._check(_text_size(w, l, c, m))
        return super().formatyear(theyear, w, l, c, m)

    def prweek(self, theweek: Any, width: Any) -> None:
        _current().output("stdout", self.formatweek(theweek, width))

    def prmonth(self, theyear: Any, themonth: Any, w: Any = 0, l: Any = 0) -> None:  # noqa: E741
        _current().output("stdout", self.formatmonth(theyear, themonth, w, l))

    def pryear(self, theyear: Any, w: Any = 0, l: Any = 0, c: Any = 6, m: Any = 3) -> None:  # noqa: E741
        _current().output("stdout", self.formatyear(theyear, w, l, c, m))


TextCalendar.__module__ = "calendar"
_CALENDAR_METHODS = (
    "firstweekday getfirstweekday setfirstweekday iterweekdays itermonthdates itermonthdays "
    "itermonthdays2 itermonthdays3 itermonthdays4 monthdatescalendar monthdays2calendar "
    "monthdayscalendar yeardatescalendar yeardays2calendar yeardayscalendar"
)
register_host_type(calendar.Calendar, _CALENDAR_METHODS)
register_host_type(
    TextCalendar,
    "formatday formatweekday formatweek formatweekheader formatmonthname formatmonth "
    "formatyear prweek prmonth pryear",
)
register_host_type(
    calendar.HTMLCalendar,
    "formatday formatweekday formatweek formatweekheader formatmonthname formatmonth "
    "formatyear formatyearpage cssclasses cssclasses_weekday_head cssclass_noday "
    "cssclass_month_head cssclass_month cssclass_year_head cssclass_year",
)
register_host_type(type(calendar.day_name), "format")
ALLOWED_BASES.update({calendar.Calendar, TextCalendar, calendar.HTMLCalendar})


def _checked_format(rt: Runtime, cols: Any, colwidth: Any, spacing: Any) -> None:
    count = len(cols) if isinstance(cols, list | tuple) else 0
    size = (count + 1) * (_int_arg(colwidth) + _int_arg(spacing))
    if size > _SMALL_CALENDAR:
        rt.allocate(4 * size)


@register("calendar")
def _calendar(rt: Runtime) -> dict[str, Any]:
    # CPython's module functions are the methods of one module-level TextCalendar, whose
    # first weekday `setfirstweekday` changes for everyone: here each run has its own.
    c = TextCalendar()
    from ..builtins import PROXIES

    # `TextCalendar.__bases__[0]` reads as the sandbox's class (CPython's has no size checks)
    PROXIES[calendar.TextCalendar] = TextCalendar

    def setfirstweekday(firstweekday: Any) -> None:
        if not calendar.MONDAY <= firstweekday <= calendar.SUNDAY:
            raise calendar.IllegalWeekdayError(firstweekday)
        c.firstweekday = firstweekday

    def formatstring(cols: Any, colwidth: Any = _COLWIDTH, spacing: Any = _SPACING) -> str:  # pyright: ignore[reportPrivateUsage]
        _checked_format(rt, cols, colwidth, spacing)
        return calendar.formatstring(cols, colwidth, spacing)

    def format(cols: Any, colwidth: Any = _COLWIDTH, spacing: Any = _SPACING) -> None:  # pyright: ignore[reportPrivateUsage]
        rt.output("stdout", formatstring(cols, colwidth, spacing) + "\n")

    def weekheader(width: Any) -> str:
        return c.formatweekheader(width)

    def week(theweek: Any, width: Any) -> str:
        return c.formatweek(theweek, width)

    names = (
        "MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY EPOCH January February "
        "isleap leapdays weekday monthrange timegm day_name day_abbr month_name month_abbr "
        "IllegalMonthError IllegalWeekdayError Calendar HTMLCalendar"
    )
    exports: dict[str, Any] = {n: getattr(calendar, n) for n in names.split()}
    exports.update(
        error=ValueError,
        TextCalendar=TextCalendar,
        setfirstweekday=setfirstweekday,
        firstweekday=c.getfirstweekday,
        monthcalendar=c.monthdayscalendar,
        prweek=c.prweek,
        week=week,
        weekheader=weekheader,
        prmonth=c.prmonth,
        month=c.formatmonth,
        calendar=c.formatyear,
        prcal=c.pryear,
        formatstring=formatstring,
        format=format,
        mdays=list(_MDAYS),
    )
    return exports
