"""Miscellaneous utilities (gowsgi: the date and quoting helpers of email.utils)."""

import time as _time
import datetime as _datetime

__all__ = ["formatdate", "format_datetime", "parsedate", "parsedate_tz", "parsedate_to_datetime",
           "mktime_tz", "quote", "unquote", "localtime", "make_msgid", "parseaddr", "formataddr"]

_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _format_timetuple_and_zone(t, zone):
    return "%s, %02d %s %04d %02d:%02d:%02d %s" % (
        _DAYS[t[6]], t[2], _MONTHS[t[1] - 1], t[0], t[3], t[4], t[5], zone)


def formatdate(timeval=None, localtime=False, usegmt=False):
    """Returns a date string as specified by RFC 2822, e.g.: Fri, 09 Nov 2001 01:08:47 -0000"""
    if timeval is None:
        timeval = _time.time()
    if localtime or usegmt:
        dt = _datetime.datetime.fromtimestamp(timeval, _datetime.timezone.utc)
    else:
        dt = _datetime.datetime.utcfromtimestamp(timeval)
    if localtime:
        dt = dt.astimezone()
        usegmt = False
    return format_datetime(dt, usegmt)


def format_datetime(dt, usegmt=False):
    """Turn a datetime into a date string as specified in RFC 2822."""
    now = dt.timetuple()
    if usegmt:
        if dt.tzinfo is None or dt.tzinfo != _datetime.timezone.utc:
            raise ValueError("usegmt option requires a UTC datetime")
        zone = "GMT"
    elif dt.tzinfo is None:
        zone = "-0000"
    else:
        zone = dt.strftime("%z")
    return _format_timetuple_and_zone(now, zone)


_MONTHNAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
               "january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december"]
_DAYNAMES = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
_TIMEZONES = {"UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "AST": -400, "ADT": -300, "EST": -500, "EDT": -400,
              "CST": -600, "CDT": -500, "MST": -700, "MDT": -600, "PST": -800, "PDT": -700}


def _parsedate_tz(data):
    if not data:
        return None
    data = data.split()
    if not data:
        return None
    if data[0].endswith(",") or data[0].lower() in _DAYNAMES:
        del data[0]
    else:
        i = data[0].rfind(",")
        if i >= 0:
            data[0] = data[0][i + 1:]
    if len(data) == 3:
        stuff = data[0].split("-")
        if len(stuff) == 3:
            data = stuff + data[1:]
    if len(data) == 4:
        s = data[3]
        i = s.find("+")
        if i == -1:
            i = s.find("-")
        if i > 0:
            data[3:] = [s[:i], s[i:]]
        else:
            data.append("")
    if len(data) < 5:
        return None
    data = data[:5]
    dd, mm, yy, tm, tz = data
    if not (dd and mm and yy):
        return None
    mm = mm.lower()
    if mm not in _MONTHNAMES:
        dd, mm = mm, dd.lower()
        if mm not in _MONTHNAMES:
            return None
    mm = _MONTHNAMES.index(mm) + 1
    if mm > 12:
        mm -= 12
    if dd[-1] == ",":
        dd = dd[:-1]
    i = yy.find(":")
    if i > 0:
        yy, tm = tm, yy
    if yy[-1] == ",":
        yy = yy[:-1]
        if not yy:
            return None
    if not yy[0].isdigit():
        yy, tz = tz, yy
    if tm[-1] == ",":
        tm = tm[:-1]
    tm = tm.split(":")
    if len(tm) == 2:
        thh, tmm = tm
        tss = "0"
    elif len(tm) == 3:
        thh, tmm, tss = tm
    elif len(tm) == 1 and "." in tm[0]:
        tm = tm[0].split(".")
        if len(tm) == 2:
            thh, tmm = tm
            tss = 0
        elif len(tm) == 3:
            thh, tmm, tss = tm
        else:
            return None
    else:
        return None
    try:
        yy = int(yy)
        dd = int(dd)
        thh = int(thh)
        tmm = int(tmm)
        tss = int(tss)
    except ValueError:
        return None
    if yy < 100:
        yy += 1900 if yy > 68 else 2000
    tzoffset = None
    tz = tz.upper()
    if tz in _TIMEZONES:
        tzoffset = _TIMEZONES[tz]
    else:
        try:
            tzoffset = int(tz)
        except ValueError:
            pass
        if tzoffset == 0 and tz.startswith("-"):
            tzoffset = None
    if tzoffset:
        sign = -1 if tzoffset < 0 else 1
        tzoffset = abs(tzoffset)
        tzoffset = sign * ((tzoffset // 100) * 3600 + (tzoffset % 100) * 60)
    return [yy, mm, dd, thh, tmm, tss, 0, 1, -1, tzoffset]


def parsedate_tz(data):
    """Convert a date string to a time tuple, with the UTC offset (or None) as a tenth item."""
    t = _parsedate_tz(data)
    if t is None:
        return t
    if t[9] is None:
        t[9] = 0
    return tuple(t)


def parsedate(data):
    """Convert a time string to a time tuple."""
    t = parsedate_tz(data)
    if isinstance(t, tuple):
        return t[:9]
    return t


def mktime_tz(data):
    """Turn a 10-tuple as returned by parsedate_tz() into a POSIX timestamp."""
    if data[9] is None:
        return _time.mktime(data[:8] + (-1,))
    import calendar
    return calendar.timegm(data) - data[9]


def parsedate_to_datetime(data):
    """Convert a date string to a datetime, aware unless the zone is -0000."""
    parsed = _parsedate_tz(data)
    if parsed is None:
        raise ValueError("Invalid date value or format %r" % str(data))
    tz = parsed[9]
    if tz is None:
        return _datetime.datetime(*parsed[:6])
    return _datetime.datetime(*parsed[:6], tzinfo=_datetime.timezone(_datetime.timedelta(seconds=tz)))


def quote(str):
    """Add quotes around a string (backslashes and double quotes are escaped)."""
    return str.replace("\\", "\\\\").replace('"', '\\"')


def unquote(str):
    """Remove quotes from a string."""
    if len(str) > 1:
        if str.startswith('"') and str.endswith('"'):
            return str[1:-1].replace("\\\\", "\\").replace('\\"', '"')
        if str.startswith("<") and str.endswith(">"):
            return str[1:-1]
    return str


def localtime(dt=None, isdst=-1):
    """Return local time as an aware datetime object."""
    if dt is None:
        return _datetime.datetime.now(_datetime.timezone.utc).astimezone()
    if dt.tzinfo is not None:
        return dt.astimezone()
    return dt.astimezone()


def make_msgid(idstring=None, domain=None):
    """Returns a string suitable for RFC 2822 compliant Message-ID."""
    timeval = int(_time.time() * 100)
    pid = 1
    import random
    randint = random.getrandbits(64)
    idstring = "" if idstring is None else "." + idstring
    if domain is None:
        domain = "localhost"
    return "<%d.%d.%d%s@%s>" % (timeval, pid, randint, idstring, domain)


def formataddr(pair, charset=None):
    """The inverse of parseaddr(): 'Name <addr>' or just the address."""
    name, address = pair
    if name:
        quotes = ""
        for c in '()<>@,:;."[]':
            if c in name:
                quotes = '"'
        return "%s%s%s%s <%s>" % ("", quotes, quote(name), quotes, address)
    return address


def parseaddr(addr, *, strict=True):
    """Parse an address into a (realname, email_address) tuple (simple forms only)."""
    addr = addr.strip()
    if "<" in addr and addr.endswith(">"):
        name, _, rest = addr.rpartition("<")
        name = name.strip()
        if len(name) > 1 and name[0] == '"' and name[-1] == '"':
            name = name[1:-1].replace('\\"', '"').replace("\\\\", "\\")
        return name, rest[:-1].strip()
    if "@" in addr and " " not in addr:
        return "", addr
    return "", ""
