"""Fast implementation of the datetime type (gowsgi: written in Python)."""

import time as _time

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
_DAYNAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHNAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _isleap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y, m):
    return 29 if m == 2 and _isleap(y) else _DAYS_IN_MONTH[m]


def _days_before_year(y):
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd2ord(y, m, d):
    return _days_before_year(y) + _DAYS_BEFORE_MONTH[m] + (m > 2 and _isleap(y)) + d


def _ord2ymd(n):
    n -= 1
    n400, n = divmod(n, 146097)
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = _isleap(year)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    return year, month, n - preceding + 1


def _index(value, name):
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, float):
            raise TypeError("'float' object cannot be interpreted as an integer")
        raise TypeError("an integer is required (got type %s)" % type(value).__name__)
    return value


def _check_date(year, month, day):
    year = _index(year, "year")
    month = _index(month, "month")
    day = _index(day, "day")
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour, minute, second, microsecond = [_index(v, "") for v in (hour, minute, second, microsecond)]
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tz).__name__)


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


class timedelta:
    """Difference between two datetime values."""

    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        parts = (days, seconds, microseconds, milliseconds, minutes, hours, weeks)
        for p in parts:
            if not isinstance(p, (int, float)):
                raise TypeError("unsupported type for timedelta %s component: %s" % ("days", type(p).__name__))
        us = (((weeks * 7 + days) * 86400 + hours * 3600 + minutes * 60 + seconds) * 1000000 +
              milliseconds * 1000 + microseconds)
        if isinstance(us, float):
            us = round(us)
        d, rest = divmod(us, 86400000000)
        s, us = divmod(rest, 1000000)
        if abs(d) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self._days = d
        self._seconds = s
        self._microseconds = us

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        return "datetime.timedelta(%s)" % (", ".join(args) or "0")

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = "%d day%s, " % (self._days, "" if abs(self._days) == 1 else "s") + s
        if self._microseconds:
            s += ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta(microseconds=-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int) and not isinstance(other, bool) or isinstance(other, bool):
            return timedelta(microseconds=self._us() * other)
        if isinstance(other, float):
            return timedelta(microseconds=round(self._us() * other))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            return timedelta(microseconds=_round_div(self._us(), other))
        if isinstance(other, float):
            return timedelta(microseconds=round(self._us() / other))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return timedelta(microseconds=self._us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, timedelta(microseconds=r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._us() != other._us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us() < other._us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us() <= other._us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us() > other._us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us() >= other._us()
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return self._us() != 0

    def __reduce__(self):
        return (timedelta, (self._days, self._seconds, self._microseconds))


def _round_div(a, b):
    q, r = divmod(a, b)
    r2 = r * 2
    if r2 > b or (r2 == b and q % 2 == 1):
        q += 1
    return q


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class tzinfo:
    """Abstract base class for time zone info objects."""

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        off = dt.utcoffset()
        dst = dt.dst() or timedelta(0)
        std = off - dst
        dt = dt + std
        dst = dt.dst() or timedelta(0)
        return dt + dst


class IsoCalendarDate:
    """The (year, week, weekday) that date.isocalendar() returns."""

    def __init__(self, year, week, weekday):
        self._t = (year, week, weekday)

    year = property(lambda self: self._t[0])
    week = property(lambda self: self._t[1])
    weekday = property(lambda self: self._t[2])

    def __getitem__(self, i):
        return self._t[i]

    def __len__(self):
        return 3

    def __iter__(self):
        return iter(self._t)

    def __eq__(self, other):
        return self._t == tuple(other)

    def __hash__(self):
        return hash(self._t)

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % self._t


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


def _wrap_strftime(obj, fmt, timetuple):
    """strftime with %f, %z and %Z taken from obj."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    micro = getattr(obj, "microsecond", 0)
    offset = None
    zone = ""
    if hasattr(obj, "utcoffset"):
        off = obj.utcoffset()
        if off is not None:
            offset = off.days * 86400 + off.seconds + off.microseconds / 1e6 if off.microseconds else \
                off.days * 86400 + off.seconds
        name = obj.tzname()
        if name is not None:
            zone = name.replace("%", "%%")
    return _time._format(fmt, tuple(timetuple), zone, offset, micro)


class date:
    """date(year, month, day) --> date object"""

    def __init__(self, year, month=None, day=None):
        self._year, self._month, self._day = _check_date(year, month, day)

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, hh, mm, ss, wd, jd, dst = _time.localtime(t)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            return cls(*_parse_isodate(date_string))
        except (ValueError, IndexError):
            raise ValueError("Invalid isoformat string: %r" % date_string)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not 1 <= week <= 53:
            raise ValueError("Invalid week: %d" % week)
        if not 1 <= day <= 7:
            raise ValueError("Invalid weekday: %d (range is [1, 7])" % day)
        return cls.fromordinal(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)

    def __repr__(self):
        return "%s.%s(%d, %d, %d)" % (_module(self), type(self).__qualname__, self._year, self._month, self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        wd = self.toordinal() % 7 or 7
        return "%s %s %2d 00:00:00 %04d" % (_DAYNAMES[wd - 1], _MONTHNAMES[self._month - 1], self._day, self._year)

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        yday = self.toordinal() - _ymd2ord(self._year, 1, 1) + 1
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(), yday, -1))

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        monday = _iso_week1_monday(year)
        today = self.toordinal()
        week, day = divmod(today - monday, 7)
        if week < 0:
            year -= 1
            monday = _iso_week1_monday(year)
            week, day = divmod(today - monday, 7)
        elif week >= 52 and today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def _key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def _order(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return _cmp(self._key(), other._key())
        return None

    def __lt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if 0 < n <= _MAXORDINAL:
                return type(self).fromordinal(n)
            raise OverflowError("result out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


_MAXORDINAL = 3652059


def _module(obj):
    mod = type(obj).__module__
    return "datetime" if mod in ("datetime", None) else mod


def _parse_isodate(s):
    if len(s) == 10 and s[4] == "-" and s[7] == "-":
        return int(s[0:4]), int(s[5:7]), int(s[8:10])
    if len(s) == 8 and s.isdigit():
        return int(s[0:4]), int(s[4:6]), int(s[6:8])
    if "W" in s:
        compact = s.replace("-", "")
        year, week = int(compact[0:4]), int(compact[5:7])
        day = int(compact[7:8]) if len(compact) > 7 else 1
        d = date.fromisocalendar(year, week, day)
        return d.year, d.month, d.day
    raise ValueError(s)


def _parse_isotime(s):
    """(hour, minute, second, microsecond, tzinfo) of an ISO time string."""
    tz = None
    for i, c in enumerate(s):
        if c in "+-Zz":
            tz = _parse_offset(s[i:])
            s = s[:i]
            break
    frac = 0
    for sep in ".,":
        if sep in s:
            s, f = s.split(sep, 1)
            if not f.isdigit():
                raise ValueError(f)
            frac = int((f + "000000")[:6])
    if ":" in s:
        fields = s.split(":")
    else:
        fields = [s[i:i + 2] for i in range(0, len(s), 2)]
    if not 1 <= len(fields) <= 3 or any(len(f) != 2 or not f.isdigit() for f in fields):
        raise ValueError(s)
    nums = [int(f) for f in fields] + [0] * (3 - len(fields))
    return nums[0], nums[1], nums[2], frac, tz


def _parse_offset(s):
    if s in ("Z", "z"):
        return timezone.utc
    sign = -1 if s[0] == "-" else 1
    h, m, sec, us, _ = _parse_isotime(s[1:])
    delta = timedelta(hours=h, minutes=m, seconds=sec, microseconds=us)
    if not delta:
        return timezone.utc
    return timezone(sign * delta)


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _format_offset(off, sep=":"):
    if off is None:
        return ""
    sign = "+"
    if off.days < 0:
        sign = "-"
        off = -off
    hh, rest = divmod(off.days * 86400 + off.seconds, 3600)
    mm, ss = divmod(rest, 60)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or off.microseconds:
        s += "%s%02d" % (sep, ss)
        if off.microseconds:
            s += ".%06d" % off.microseconds
    return s


def _format_time(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _check_offset(name, off):
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'" % (name, type(off).__name__))
    if not -timedelta(1) < off < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).")
    return off


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object"""

    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        self._hour, self._minute, self._second, self._microsecond = _check_time(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._tzinfo = tzinfo
        self._fold = fold

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = time_string[1:] if time_string[:1] == "T" else time_string
        try:
            h, m, sec, us, tz = _parse_isotime(s)
            return cls(h, m, sec, us, tz)
        except (ValueError, IndexError):
            raise ValueError("Invalid isoformat string: %r" % time_string)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def isoformat(self, timespec="auto"):
        return _format_time(self._hour, self._minute, self._second, self._microsecond, timespec) + \
            _format_offset(self.utcoffset())

    __str__ = isoformat

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1))

    def __format__(self, fmt):
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def __repr__(self):
        if self._microsecond:
            s = "%d, %d, %d, %d" % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            s = "%d, %d, %d" % (self._hour, self._minute, self._second)
        else:
            s = "%d, %d" % (self._hour, self._minute)
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % self._tzinfo
        if self._fold:
            s += ", fold=1"
        return "%s.%s(%s)" % (_module(self), type(self).__qualname__, s)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _key(self):
        off = self.utcoffset()
        us = ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond
        if off is not None:
            us -= off._us()
        return us, off is not None

    def _compare(self, other, eq):
        if not isinstance(other, time):
            return None
        a, aware_a = self._key()
        b, aware_b = other._key()
        if aware_a != aware_b:
            if eq:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        return _cmp(a, b)

    def __eq__(self, other):
        c = self._compare(other, True)
        return NotImplemented if c is None else c == 0

    def __ne__(self, other):
        c = self._compare(other, True)
        return NotImplemented if c is None else c != 0

    def __lt__(self, other):
        c = self._compare(other, False)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._compare(other, False)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._compare(other, False)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._compare(other, False)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return True


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])"""

    def __init__(self, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                 *, fold=0):
        self._year, self._month, self._day = _check_date(year, month, day)
        self._hour, self._minute, self._second, self._microsecond = _check_time(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._tzinfo = tzinfo
        self._fold = fold

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def _from_seconds(cls, secs, us, tz):
        days, rest = divmod(secs, 86400)
        y, m, d = _ord2ymd(days + 719163)
        hh, rest = divmod(rest, 3600)
        mm, ss = divmod(rest, 60)
        return cls(y, m, d, hh, mm, ss, us, tz)

    @classmethod
    def _split(cls, t):
        if not isinstance(t, (int, float)):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)
        if isinstance(t, int):
            return t, 0
        secs = int(t // 1)
        us = round((t - secs) * 1e6)
        if us >= 1000000:
            secs += 1
            us -= 1000000
        return secs, us

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        secs, us = cls._split(t)
        if tz is None:
            offset = _time._localzone(secs)[0]
            return cls._from_seconds(secs + offset, us, None)
        utc = cls._from_seconds(secs, us, tz)
        return tz.fromutc(utc)

    @classmethod
    def utcfromtimestamp(cls, t):
        secs, us = cls._split(t)
        return cls._from_seconds(secs, us, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond,
                   tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            dpart, tpart = date_string, ""
            if len(date_string) > 10 and date_string[10] not in "0123456789-W":
                dpart, tpart = date_string[:10], date_string[11:]
            elif len(date_string) > 8 and date_string[:8].isdigit() and date_string[8] not in "0123456789-":
                dpart, tpart = date_string[:8], date_string[9:]
            y, m, d = _parse_isodate(dpart)
            if tpart:
                hh, mm, ss, us, tz = _parse_isotime(tpart)
            else:
                hh = mm = ss = us = 0
                tz = None
            return cls(y, m, d, hh, mm, ss, us, tz)
        except (ValueError, IndexError):
            raise ValueError("Invalid isoformat string: %r" % date_string)

    @classmethod
    def strptime(cls, date_string, format):
        f = _time._strptime_fields(date_string, format)
        tz = None
        if f[9] is not None:
            tz = timezone(timedelta(seconds=f[9]), f[10]) if f[10] else timezone(timedelta(seconds=f[9]))
        return cls(f[0], f[1], f[2], f[3], f[4], f[5], f[6], tz)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(self)

    def _local_seconds(self):
        return (self.toordinal() - 719163) * 86400 + self._hour * 3600 + self._minute * 60 + self._second

    def timestamp(self):
        if self._tzinfo is None:
            local = self._local_seconds()
            secs = local - _time._localzone(local)[0]
            secs = local - _time._localzone(secs)[0]
            return secs + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def timetuple(self):
        dst = self.dst()
        isdst = -1 if dst is None else int(bool(dst))
        yday = self.toordinal() - _ymd2ord(self._year, 1, 1) + 1
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute, self._second,
                                  self.weekday(), yday, isdst))

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self
        if off:
            dt = self - off
        yday = dt.toordinal() - _ymd2ord(dt._year, 1, 1) + 1
        return _time.struct_time((dt._year, dt._month, dt._day, dt._hour, dt._minute, dt._second,
                                  dt.weekday(), yday, 0))

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(
            self._year if year is None else year, self._month if month is None else month,
            self._day if day is None else day, self._hour if hour is None else hour,
            self._minute if minute is None else minute, self._second if second is None else second,
            self._microsecond if microsecond is None else microsecond,
            self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def astimezone(self, tz=None):
        if tz is None:
            ts = int(self.timestamp() // 1)
            offset, name, _ = _time._localzone(ts)
            tz = timezone(timedelta(seconds=offset), name)
        elif not isinstance(tz, tzinfo):
            raise TypeError("tz argument must be an instance of tzinfo")
        off = self.utcoffset()
        if off is None:
            local = self._local_seconds()
            utc_secs = local - _time._localzone(local)[0]
            utc = datetime._from_seconds(utc_secs, self._microsecond, tz)
        else:
            utc = (self - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        wd = self.toordinal() % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (_DAYNAMES[wd - 1], _MONTHNAMES[self._month - 1], self._day,
                                                 self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep="T", timespec="auto"):
        return "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep) + \
            _format_time(self._hour, self._minute, self._second, self._microsecond, timespec) + \
            _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=" ")

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple())

    def __repr__(self):
        parts = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        if parts[6] == 0:
            del parts[6]
            if parts[5] == 0:
                del parts[5]
        s = ", ".join("%d" % p for p in parts)
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % self._tzinfo
        if self._fold:
            s += ", fold=1"
        return "%s.%s(%s)" % (_module(self), type(self).__qualname__, s)

    def _us(self):
        return (self._local_seconds() * 1000000) + self._microsecond

    def _compare(self, other, eq):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if eq:
                    return 2
                raise TypeError("can't compare %s to %s" % (type(self).__name__, type(other).__name__))
            return None
        a_off = self.utcoffset()
        b_off = other.utcoffset()
        if (a_off is None) != (b_off is None):
            if eq:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        a = self._us() - (a_off._us() if a_off is not None and self._tzinfo is not other._tzinfo else 0)
        b = other._us() - (b_off._us() if b_off is not None and self._tzinfo is not other._tzinfo else 0)
        return _cmp(a, b)

    def __eq__(self, other):
        c = self._compare(other, True)
        return NotImplemented if c is None else c == 0

    def __ne__(self, other):
        c = self._compare(other, True)
        return NotImplemented if c is None else c != 0

    def __lt__(self, other):
        c = self._compare(other, False)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._compare(other, False)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._compare(other, False)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._compare(other, False)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        off = self.utcoffset()
        return hash(self._us() - (off._us() if off is not None else 0))

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._us() + other._us()
        secs, micro = divmod(us, 1000000)
        days = secs // 86400
        if not 0 < days + 719163 <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        return type(self)._from_seconds(secs, micro, self._tzinfo).replace(fold=0)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        a_off = self.utcoffset()
        b_off = other.utcoffset()
        if (a_off is None) != (b_off is None):
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        us = self._us() - other._us()
        if a_off is not None and self._tzinfo is not other._tzinfo:
            us -= a_off._us() - b_off._us()
        return timedelta(microseconds=us)

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour, self._minute, self._second,
                             self._microsecond, self._tzinfo))


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s" % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not %r." % offset)
        self._offset = offset
        self._name = name

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset)

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance or None")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __repr__(self):
        if self._name is None and not self._offset:
            return "datetime.timezone.utc"
        if self._name is None:
            return "datetime.timezone(%r)" % (self._offset,)
        return "datetime.timezone(%r, %r)" % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __reduce__(self):
        if self._name is None:
            return (timezone, (self._offset,))
        return (timezone, (self._offset, self._name))


_UTC = timezone(timedelta(0))
timezone.utc = _UTC
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = _UTC
_EPOCH = datetime(1970, 1, 1, tzinfo=_UTC)

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

datetime_CAPI = None
__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC")
