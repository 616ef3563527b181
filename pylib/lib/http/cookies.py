"""HTTP cookie handling (http.cookies: SimpleCookie, BaseCookie, Morsel), written for gowsgi.

BaseCookie and Morsel are mappings here rather than dict subclasses.
"""

import re as _re
import time as _time

__all__ = ["CookieError", "BaseCookie", "SimpleCookie", "Morsel"]


class CookieError(Exception):
    pass


_LEGAL = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-.^_`|~:")
# Characters that may stand unescaped inside a quoted value.
_PLAIN_IN_QUOTES = _LEGAL | frozenset(" ()/<=>?@[]{}")


def _is_legal_key(key):
    return bool(key) and all(c in _LEGAL for c in key)


def _quote(text):
    """Quote a cookie value when it holds characters outside the legal set."""
    if text is None or _is_legal_key(text):
        return text
    out = ['"']
    for c in text:
        if c == '"' or c == "\\":
            out.append("\\" + c)
        elif c in _PLAIN_IN_QUOTES or ord(c) > 255:
            out.append(c)
        else:
            out.append("\\%03o" % ord(c))
    out.append('"')
    return "".join(out)


_OCTAL = "01234567"


def _unquote(text):
    """Undo _quote: strip the quotes and resolve \\ooo and \\c escapes."""
    if text is None or len(text) < 2 or text[0] != '"' or text[-1] != '"':
        return text
    body = text[1:-1]
    out = []
    i = 0
    n = len(body)
    while i < n:
        c = body[i]
        if c != "\\":
            out.append(c)
            i += 1
        elif i + 3 < n + 0 and body[i + 1] in "0123" and body[i + 2] in _OCTAL and body[i + 3] in _OCTAL:
            out.append(chr(int(body[i + 1:i + 4], 8)))
            i += 4
        elif i + 1 < n:
            out.append(body[i + 1])
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


_WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHS = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _getdate(future=0):
    year, month, day, hh, mm, ss, wd, y, z = _time.gmtime(_time.time() + future)
    return "%s, %02d %3s %4d %02d:%02d:%02d GMT" % (_WEEKDAYS[wd], day, _MONTHS[month], year, hh, mm, ss)


class Morsel:
    """One cookie: its key, value, coded value and attributes."""

    _reserved = {
        "expires": "expires", "path": "Path", "comment": "Comment", "domain": "Domain",
        "max-age": "Max-Age", "secure": "Secure", "httponly": "HttpOnly", "version": "Version",
        "samesite": "SameSite",
    }
    _flags = {"secure", "httponly"}

    def __init__(self):
        self._key = self._value = self._coded_value = None
        self._attrs = {k: "" for k in self._reserved}

    key = property(lambda self: self._key)
    value = property(lambda self: self._value)
    coded_value = property(lambda self: self._coded_value)

    def __setitem__(self, K, V):
        K = K.lower()
        if K not in self._reserved:
            raise CookieError("Invalid attribute %r" % (K,))
        self._attrs[K] = V

    def __getitem__(self, K):
        return self._attrs[K.lower()]

    def __delitem__(self, K):
        del self._attrs[K.lower()]

    def __contains__(self, K):
        return K.lower() in self._attrs

    def __iter__(self):
        return iter(self._attrs)

    def __len__(self):
        return len(self._attrs)

    def keys(self):
        return self._attrs.keys()

    def values(self):
        return self._attrs.values()

    def items(self):
        return self._attrs.items()

    def get(self, K, default=None):
        return self._attrs.get(K.lower(), default)

    def setdefault(self, key, val=None):
        key = key.lower()
        if key not in self._reserved:
            raise CookieError("Invalid attribute %r" % (key,))
        return self._attrs.setdefault(key, val)

    def update(self, values=(), **kwargs):
        if hasattr(values, "items"):
            values = values.items()
        for k, v in list(values) + list(kwargs.items()):
            self[k] = v

    def copy(self):
        m = Morsel()
        m._attrs = dict(self._attrs)
        m._key, m._value, m._coded_value = self._key, self._value, self._coded_value
        return m

    def __eq__(self, other):
        if not isinstance(other, Morsel):
            return NotImplemented
        return (self._attrs == other._attrs and self._value == other._value and self._key == other._key
                and self._coded_value == other._coded_value)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def isReservedKey(self, K):
        return K.lower() in self._reserved

    def set(self, key, val, coded_val):
        if key.lower() in self._reserved:
            raise CookieError("Attempt to set a reserved key %r" % (key,))
        if not _is_legal_key(key):
            raise CookieError("Illegal key %r" % (key,))
        self._key = key
        self._value = val
        self._coded_value = coded_val

    def output(self, attrs=None, header="Set-Cookie:"):
        return "%s %s" % (header, self.OutputString(attrs))

    __str__ = output

    def __repr__(self):
        return "<%s: %s>" % (type(self).__name__, self.OutputString())

    def js_output(self, attrs=None):
        return """
        <script type="text/javascript">
        <!-- begin hiding
        document.cookie = "%s";
        // end hiding -->
        </script>
        """ % (self.OutputString(attrs).replace('"', r'\"'))

    def OutputString(self, attrs=None):
        parts = ["%s=%s" % (self._key, self._coded_value)]
        if attrs is None:
            attrs = self._reserved
        for key, value in sorted(self._attrs.items()):
            if value == "" or key not in attrs:
                continue
            name = self._reserved[key]
            if key == "expires" and isinstance(value, int):
                parts.append("%s=%s" % (name, _getdate(value)))
            elif key == "max-age" and isinstance(value, int):
                parts.append("%s=%d" % (name, value))
            elif key == "comment" and isinstance(value, str):
                parts.append("%s=%s" % (name, _quote(value)))
            elif key in self._flags:
                if value:
                    parts.append(name)
            else:
                parts.append("%s=%s" % (name, value))
        return "; ".join(parts)


# One name[=value] pair of a Cookie header: a quoted value, an expires date (which has a
# comma and spaces), or a run of characters up to the next ';' or whitespace.
_PAIR = _re.compile(r"""
    \s*
    (?P<key>[\w!\#$%&'*+\-.:<>?@^`|~(){},/=]+?)
    (?:\s*=\s*
       (?P<val>"(?:[^\\"]|\\.)*"
        |\w{3},\s[\w\s-]{9,11}\s[\d:]{8}\sGMT
        |[\w!\#$%&'*+\-.:<>?@^`|~(){},/=\[\]]*))?
    \s*(?:;|\s+|$)
""", _re.ASCII | _re.VERBOSE)


class BaseCookie:
    """A container of Morsels keyed by cookie name."""

    def __init__(self, input=None):
        self._morsels = {}
        if input:
            self.load(input)

    def value_decode(self, val):
        """real_value, coded_value = value_decode(STRING)"""
        return val, val

    def value_encode(self, val):
        """real_value, coded_value = value_encode(VALUE)"""
        strval = str(val)
        return strval, strval

    def _set(self, key, real_value, coded_value):
        morsel = self._morsels.get(key)
        if morsel is None:
            morsel = Morsel()
        morsel.set(key, real_value, coded_value)
        self._morsels[key] = morsel

    def __setitem__(self, key, value):
        if isinstance(value, Morsel):
            self._morsels[key] = value
        else:
            rval, cval = self.value_encode(value)
            self._set(key, rval, cval)

    def __getitem__(self, key):
        return self._morsels[key]

    def __delitem__(self, key):
        del self._morsels[key]

    def __contains__(self, key):
        return key in self._morsels

    def __iter__(self):
        return iter(self._morsels)

    def __len__(self):
        return len(self._morsels)

    def __bool__(self):
        return bool(self._morsels)

    def keys(self):
        return self._morsels.keys()

    def values(self):
        return self._morsels.values()

    def items(self):
        return self._morsels.items()

    def get(self, key, default=None):
        return self._morsels.get(key, default)

    def pop(self, key, *default):
        return self._morsels.pop(key, *default)

    def setdefault(self, key, default=None):
        return self._morsels.setdefault(key, default)

    def clear(self):
        self._morsels.clear()

    def update(self, other=(), **kwargs):
        if hasattr(other, "items"):
            other = other.items()
        for k, v in list(other) + list(kwargs.items()):
            self[k] = v

    def __eq__(self, other):
        if isinstance(other, BaseCookie):
            return self._morsels == other._morsels
        if isinstance(other, dict):
            return self._morsels == other
        return NotImplemented

    def output(self, attrs=None, header="Set-Cookie:", sep="\r\n"):
        return sep.join(value.output(attrs, header) for key, value in sorted(self._morsels.items()))

    __str__ = output

    def __repr__(self):
        pairs = ["%s=%s" % (key, repr(value.value)) for key, value in sorted(self._morsels.items())]
        return "<%s: %s>" % (type(self).__name__, " ".join(pairs))

    def js_output(self, attrs=None):
        return "".join(value.js_output(attrs) for key, value in sorted(self._morsels.items()))

    def load(self, rawdata):
        """Load cookies from a Cookie header string, or from a mapping of names to values."""
        if isinstance(rawdata, str):
            self._parse(rawdata)
        else:
            for key, value in rawdata.items():
                self[key] = value

    def _parse(self, text):
        # Parse everything first: a malformed header sets nothing.
        parsed = []
        seen_cookie = False
        pos = 0
        while pos < len(text):
            m = _PAIR.match(text, pos)
            if m is None or m.end() == pos:
                break
            key, value = m.group("key"), m.group("val")
            pos = m.end()
            if key[0] == "$":
                if seen_cookie:
                    parsed.append((True, key[1:], value))
                continue
            if key.lower() in Morsel._reserved:
                if not seen_cookie:
                    return
                if value is None:
                    if key.lower() not in Morsel._flags:
                        return
                    parsed.append((True, key, True))
                else:
                    parsed.append((True, key, _unquote(value)))
            elif value is not None:
                parsed.append((False, key, self.value_decode(value)))
                seen_cookie = True
            else:
                return
        morsel = None
        for is_attr, key, value in parsed:
            if is_attr:
                morsel[key] = value
            else:
                self._set(key, value[0], value[1])
                morsel = self._morsels[key]


class SimpleCookie(BaseCookie):
    """A cookie jar whose values are strings, quoted as needed."""

    def value_decode(self, val):
        return _unquote(val), val

    def value_encode(self, val):
        strval = str(val)
        return strval, _quote(strval)
