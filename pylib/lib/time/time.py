"""time access and conversions (gowsgi)."""

_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]
_DAYS_BEFORE = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
           "tm_isdst")


class struct_time:
    """The time value sequence returned by gmtime(), localtime() and strptime()."""

    n_fields = 11
    n_sequence_fields = 9
    n_unnamed_fields = 0

    def __init__(self, seq, zone=None, gmtoff=None):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)" % len(seq))
        if len(seq) > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence (%d-sequence given)" % len(seq))
        if len(seq) > 9:
            zone = seq[9]
        if len(seq) > 10:
            gmtoff = seq[10]
        self._t = seq[:9]
        self.tm_zone = zone
        self.tm_gmtoff = gmtoff

    tm_year = property(lambda self: self._t[0])
    tm_mon = property(lambda self: self._t[1])
    tm_mday = property(lambda self: self._t[2])
    tm_hour = property(lambda self: self._t[3])
    tm_min = property(lambda self: self._t[4])
    tm_sec = property(lambda self: self._t[5])
    tm_wday = property(lambda self: self._t[6])
    tm_yday = property(lambda self: self._t[7])
    tm_isdst = property(lambda self: self._t[8])

    def __getitem__(self, i):
        return self._t[i]

    def __len__(self):
        return 9

    def __iter__(self):
        return iter(self._t)

    def __eq__(self, other):
        if isinstance(other, struct_time):
            return self._t == other._t
        if isinstance(other, tuple):
            return self._t == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __lt__(self, other):
        return self._t < tuple(other)

    def __hash__(self):
        return hash(self._t)

    def __add__(self, other):
        return self._t + tuple(other)

    def __repr__(self):
        return "time.struct_time(%s)" % ", ".join("%s=%r" % (n, v) for n, v in zip(_FIELDS, self._t))

    __str__ = __repr__

    def __reduce__(self):
        return (struct_time, (self._t,))


def _isleap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_from_civil(y, m, d):
    """Days since 1970-01-01 of a proleptic Gregorian date."""
    y1 = y - 1
    days = y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400 + _DAYS_BEFORE[m] + (m > 2 and _isleap(y)) + d
    return days - 719163


def _civil(secs):
    """(year, month, day, hour, minute, second, weekday, yearday) of seconds since the epoch."""
    days, rem = divmod(secs, 86400)
    hour, rem = divmod(rem, 3600)
    minute, second = divmod(rem, 60)
    n = days + 719162  # days since 0001-01-01
    n400, n = divmod(n, 146097)
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        year -= 1
        n = 365
    yday = n + 1
    leap = _isleap(year)
    month = 1
    while month < 12 and n >= _DAYS_BEFORE[month + 1] + (month + 1 > 2 and leap):
        month += 1
    day = n - _DAYS_BEFORE[month] - (month > 2 and leap) + 1
    weekday = (days + 3) % 7  # 1970-01-01 was a Thursday
    return year, month, day, hour, minute, second, weekday, yday


def _seconds(secs):
    if secs is None:
        secs = time()
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        secs = int(secs // 1) if secs >= 0 else -int(-secs // 1)
    elif not isinstance(secs, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__)
    return secs


def gmtime(secs=None):
    """Convert seconds since the Epoch to a time tuple expressing UTC."""
    return struct_time(_civil(_seconds(secs)) + (0,), "UTC", 0)


def localtime(secs=None):
    """Convert seconds since the Epoch to a time tuple expressing local time."""
    secs = _seconds(secs)
    offset, zone, dst = _localzone(secs)
    return struct_time(_civil(secs + offset) + (1 if dst else 0,), zone, offset)


def mktime(t):
    """Convert a local time tuple to seconds since the Epoch, as a float."""
    t = tuple(t)
    if len(t) != 9:
        raise TypeError("mktime(): illegal time tuple argument")
    return float(_mklocal(t[0], t[1], t[2], t[3], t[4], t[5]))


def _timegm(t):
    return _days_from_civil(t[0], 1, 1) * 86400 + _DAYS_BEFORE[t[1]] * 86400 + \
        ((t[1] > 2 and _isleap(t[0])) + t[2] - 1) * 86400 + t[3] * 3600 + t[4] * 60 + t[5]


def _tuple(t):
    if t is None:
        return localtime()
    if isinstance(t, struct_time):
        return t
    t = tuple(t)
    if len(t) != 9:
        raise TypeError("function takes exactly 9 arguments (%d given)" % len(t))
    return struct_time(t)


def asctime(t=None):
    t = _tuple(t)
    return "%s %s %2d %02d:%02d:%02d %d" % (_DAYS[t[6]][:3], _MONTHS[t[1] - 1][:3], t[2], t[3], t[4], t[5], t[0])


def ctime(secs=None):
    return asctime(localtime(secs))


def _pad(n, width, pad):
    s = str(n)
    return pad * (width - len(s)) + s if len(s) < width else s


def _iso_week(y, yday, wday):
    """ISO year and week of a date given by its year, day of the year (1-based) and weekday (Mon=0)."""
    week = (yday - wday + 9) // 7
    if week < 1:
        y -= 1
        days = 366 if _isleap(y) else 365
        return _iso_week(y, yday + days, wday)
    days = 366 if _isleap(y) else 365
    if yday - wday + 3 > days:  # the Thursday of this week is in the next year
        return y + 1, 1
    return y, week


def _format(fmt, t, zone, offset, micro):
    """strftime over a 9-tuple; zone and offset (seconds or None) serve %Z and %z, micro %f."""
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != "%" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        d = fmt[i + 1]
        i += 2
        year, mon, mday, hour, minute, sec, wday, yday = t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7]
        if d == "Y":
            out.append(str(year))
        elif d == "m":
            out.append("%02d" % mon)
        elif d == "d":
            out.append("%02d" % mday)
        elif d == "e":
            out.append("%2d" % mday)
        elif d == "H":
            out.append("%02d" % hour)
        elif d == "I":
            out.append("%02d" % ((hour + 11) % 12 + 1))
        elif d == "M":
            out.append("%02d" % minute)
        elif d == "S":
            out.append("%02d" % sec)
        elif d == "f":
            out.append("%06d" % micro)
        elif d == "y":
            out.append("%02d" % (year % 100))
        elif d == "C":
            out.append("%02d" % (year // 100))
        elif d == "a":
            out.append(_DAYS[wday][:3])
        elif d == "A":
            out.append(_DAYS[wday])
        elif d == "b" or d == "h":
            out.append(_MONTHS[mon - 1][:3])
        elif d == "B":
            out.append(_MONTHS[mon - 1])
        elif d == "p":
            out.append("AM" if hour < 12 else "PM")
        elif d == "j":
            out.append("%03d" % yday)
        elif d == "w":
            out.append(str((wday + 1) % 7))
        elif d == "u":
            out.append(str(wday + 1))
        elif d == "U":
            out.append("%02d" % ((yday - 1 + 7 - (wday + 1) % 7) // 7))
        elif d == "W":
            out.append("%02d" % ((yday - 1 + 7 - wday) // 7))
        elif d == "G":
            out.append(str(_iso_week(year, yday, wday)[0]))
        elif d == "V":
            out.append("%02d" % _iso_week(year, yday, wday)[1])
        elif d == "c":
            out.append(_format("%a %b %e %H:%M:%S %Y", t, zone, offset, micro))
        elif d == "x":
            out.append(_format("%m/%d/%y", t, zone, offset, micro))
        elif d == "X" or d == "T":
            out.append(_format("%H:%M:%S", t, zone, offset, micro))
        elif d == "D":
            out.append(_format("%m/%d/%y", t, zone, offset, micro))
        elif d == "F":
            out.append(_format("%Y-%m-%d", t, zone, offset, micro))
        elif d == "R":
            out.append(_format("%H:%M", t, zone, offset, micro))
        elif d == "r":
            out.append(_format("%I:%M:%S %p", t, zone, offset, micro))
        elif d == "n":
            out.append("\n")
        elif d == "t":
            out.append("\t")
        elif d == "Z":
            out.append(zone or "")
        elif d == "z":
            if offset is not None:
                out.append(_offset_text(offset, ""))
        elif d == "%":
            out.append("%")
        else:
            out.append("%" + d)
    return "".join(out)


def _offset_text(offset, sep):
    """+HHMM (with sep between the fields) for an offset in seconds, with seconds if not whole minutes."""
    sign = "+"
    if offset < 0:
        sign = "-"
        offset = -offset
    offset, micro = divmod(offset, 1) if isinstance(offset, float) else (offset, 0)
    hh, rest = divmod(int(offset), 3600)
    mm, ss = divmod(rest, 60)
    text = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or micro:
        text += "%s%02d" % (sep, ss)
    return text


def strftime(format, t=None):
    """Convert a time tuple to a string according to a format specification."""
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
    t = _tuple(t)
    if not 1 <= t[1] <= 12 and t[1] != 0:
        raise ValueError("month out of range")
    zone = getattr(t, "tm_zone", None)
    offset = getattr(t, "tm_gmtoff", None)
    if zone is None:
        offset, zone, dst = _localzone(int(time()))
    t = tuple(t)
    if t[1] == 0:
        t = (t[0], 1) + t[2:]
    if t[2] == 0:
        t = t[:2] + (1,) + t[3:]
    if t[7] == 0:
        t = t[:7] + (1,) + t[8:]
    return _format(format, t, zone, offset, 0)


_re = None


def _strptime(string, format):
    """Parses string with format: (fields dict, used) where fields has the directives' values."""
    global _re
    if _re is None:
        import re as _re_module
        _re = _re_module
    if not isinstance(string, str):
        raise TypeError("strptime() argument 0 must be str, not %s" % type(string).__name__)
    if not isinstance(format, str):
        raise TypeError("strptime() argument 1 must be str, not %s" % type(format).__name__)
    names = "|".join(m for m in _MONTHS)
    abbr = "|".join(m[:3] for m in _MONTHS)
    days = "|".join(_DAYS)
    dabbr = "|".join(d[:3] for d in _DAYS)
    directives = {
        "Y": r"(?P<Y>\d\d\d\d)", "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
        "d": r"(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])", "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
        "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])", "M": r"(?P<M>[0-5]\d|\d)", "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
        "f": r"(?P<f>[0-9]{1,6})", "y": r"(?P<y>\d\d)", "j": r"(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
        "b": "(?P<b>%s|%s)" % (names, abbr), "B": "(?P<b>%s|%s)" % (names, abbr),
        "h": "(?P<b>%s|%s)" % (names, abbr),
        "a": "(?P<a>%s|%s)" % (days, dabbr), "A": "(?P<a>%s|%s)" % (days, dabbr),
        "p": "(?P<p>am|pm)", "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
        "Z": r"(?P<Z>[A-Za-z]{1,5}|)", "w": r"(?P<w>[0-6])", "u": r"(?P<u>[1-7])",
        "U": r"(?P<U>5[0-3]|[0-4]\d|\d)", "W": r"(?P<W>5[0-3]|[0-4]\d|\d)", "%": "%",
    }
    parts = []
    seen = set()
    i = 0
    while i < len(format):
        c = format[i]
        if c == "%" and i + 1 < len(format):
            d = format[i + 1]
            if d not in directives:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, "%" + d))
            rx = directives[d]
            key = rx[4:5] if rx.startswith("(?P<") else None
            if key is not None and key in seen:
                rx = "(?P=%s)" % key
            elif key is not None:
                seen.add(key)
            parts.append(rx)
            i += 2
        elif c == "%":
            raise ValueError("stray %% in format '%s'" % format)
        elif c.isspace():
            parts.append(r"\s+")
            while i < len(format) and format[i].isspace():
                i += 1
        else:
            parts.append(_re.escape(c))
            i += 1
    m = _re.match("(?i)" + "".join(parts), string)
    if m is None:
        raise ValueError("time data %r does not match format %r" % (string, format))
    if m.end() != len(string):
        raise ValueError("unconverted data remains: %s" % string[m.end():])
    return m.groupdict()


def _strptime_fields(string, format):
    """(year, month, day, hour, minute, second, micro, weekday, yday, offset, zone) parsed."""
    g = _strptime(string, format)
    year = 1900
    if g.get("Y") is not None:
        year = int(g["Y"])
    elif g.get("y") is not None:
        y = int(g["y"])
        year = y + (2000 if y <= 68 else 1900)
    month = 1
    if g.get("m") is not None:
        month = int(g["m"])
    elif g.get("b") is not None:
        name = g["b"].lower()
        for k, full in enumerate(_MONTHS):
            if full.lower() == name or full[:3].lower() == name:
                month = k + 1
    day = int(g["d"]) if g.get("d") is not None else 1
    hour = 0
    if g.get("H") is not None:
        hour = int(g["H"])
    elif g.get("I") is not None:
        hour = int(g["I"]) % 12
        if (g.get("p") or "").lower() == "pm":
            hour += 12
    minute = int(g["M"]) if g.get("M") is not None else 0
    second = int(g["S"]) if g.get("S") is not None else 0
    micro = int((g["f"] + "000000")[:6]) if g.get("f") is not None else 0
    offset = None
    z = g.get("z")
    if z is not None:
        if z == "Z" or z == "z":
            offset = 0
        else:
            digits = z[1:].replace(":", "")
            offset = int(digits[0:2]) * 3600 + int(digits[2:4]) * 60
            if len(digits) > 4:
                offset += int(digits[4:6])
            if z[0] == "-":
                offset = -offset
    zone = g.get("Z")
    yday = None
    if g.get("j") is not None:
        yday = int(g["j"])
        if g.get("m") is None and g.get("b") is None:
            days = _days_from_civil(year, 1, 1) + yday - 1
            c = _civil(days * 86400)
            month, day = c[1], c[2]
    days = _days_from_civil(year, month, day)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    mdays = [31, 29 if _isleap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    if not 1 <= day <= mdays:
        raise ValueError("day is out of range for month")
    weekday = (days + 3) % 7
    if yday is None:
        yday = days - _days_from_civil(year, 1, 1) + 1
    return year, month, day, hour, minute, second, micro, weekday, yday, offset, zone


def strptime(string, format="%a %b %d %H:%M:%S %Y"):
    """Parse a string to a time tuple according to a format specification."""
    f = _strptime_fields(string, format)
    return struct_time((f[0], f[1], f[2], f[3], f[4], f[5], f[7], f[8], -1), f[10], f[9])


def _zone_globals():
    import_time = int(time())
    jan = _localzone(_days_from_civil(_civil(import_time)[0], 1, 1) * 86400)
    jul = _localzone(_days_from_civil(_civil(import_time)[0], 7, 1) * 86400)
    std, dst = (jan, jul) if jan[0] <= jul[0] else (jul, jan)
    return -std[0], -dst[0], int(std[0] != dst[0]), (std[1], dst[1])


timezone, altzone, daylight, tzname = _zone_globals()
CLOCK_MONOTONIC = 1
CLOCK_REALTIME = 0
