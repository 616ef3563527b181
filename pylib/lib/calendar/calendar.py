"""Calendar printing functions (gowsgi: the date helpers of CPython's calendar module)."""

import datetime as _datetime

__all__ = ["isleap", "leapdays", "monthrange", "weekday", "timegm", "month_name", "month_abbr",
           "day_name", "day_abbr", "IllegalMonthError", "IllegalWeekdayError", "monthcalendar",
           "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)
January = 1
February = 2

mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class _Names:
    def __init__(self, names):
        self._names = names

    def __getitem__(self, i):
        return self._names[i]

    def __len__(self):
        return len(self._names)

    def __iter__(self):
        return iter(self._names)

    def __repr__(self):
        return repr(self._names)


month_name = _Names([""] + _MONTHS)
month_abbr = _Names([""] + [m[:3] for m in _MONTHS])
day_name = _Names(_DAYS)
day_abbr = _Names([d[:3] for d in _DAYS])


class IllegalMonthError(ValueError):
    def __init__(self, month):
        ValueError.__init__(self, "bad month number %r; must be 1-12" % (month,))
        self.month = month


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        ValueError.__init__(self, "bad weekday number %r; must be 0 (Monday) to 6 (Sunday)" % (weekday,))
        self.weekday = weekday


def isleap(year):
    """Return True for leap years, False for non-leap years."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    """Return number of leap years in range [y1, y2)."""
    y1 -= 1
    y2 -= 1
    return (y2 // 4 - y1 // 4) - (y2 // 100 - y1 // 100) + (y2 // 400 - y1 // 400)


def weekday(year, month, day):
    """Return weekday (0-6 ~ Mon-Sun) for year, month (1-12), day (1-31)."""
    if not _datetime.MINYEAR <= year <= _datetime.MAXYEAR:
        year = 2000 + year % 400
    return _datetime.date(year, month, day).weekday()


def monthrange(year, month):
    """Return weekday (0-6 ~ Mon-Sun) and number of days (28-31) for year, month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    day1 = weekday(year, month, 1)
    ndays = mdays[month] + (month == February and isleap(year))
    return day1, ndays


def monthcalendar(year, month, firstweekday=0):
    """Return a matrix representing a month's calendar: weeks of day numbers, 0 outside the month."""
    day1, ndays = monthrange(year, month)
    weeks = []
    week = [0] * ((day1 - firstweekday) % 7)
    for d in range(1, ndays + 1):
        week.append(d)
        if len(week) == 7:
            weeks.append(week)
            week = []
    if week:
        weeks.append(week + [0] * (7 - len(week)))
    return weeks


def timegm(tuple):
    """Unrelated but handy function to calculate Unix timestamp from GMT."""
    year, month, day, hour, minute, second = tuple[:6]
    days = _datetime.date(year, month, 1).toordinal() - 719163 + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second
