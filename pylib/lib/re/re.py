"""Support for regular expressions (RE).

gowsgi's re: patterns are translated to regexp2's syntax and matched in Go (_compile, _match,
_scan); Pattern and Match objects, templates and the module functions are here.
"""

NOFLAG = 0
TEMPLATE = T = 1
IGNORECASE = I = 2
LOCALE = L = 4
MULTILINE = M = 8
DOTALL = S = 16
UNICODE = U = 32
VERBOSE = X = 64
DEBUG = 128
ASCII = A = 256

_FLAG_NAMES = [
    (TEMPLATE, "re.TEMPLATE"), (IGNORECASE, "re.IGNORECASE"), (LOCALE, "re.LOCALE"),
    (MULTILINE, "re.MULTILINE"), (DOTALL, "re.DOTALL"), (UNICODE, "re.UNICODE"),
    (VERBOSE, "re.VERBOSE"), (DEBUG, "re.DEBUG"), (ASCII, "re.ASCII"),
]

_MAXREPEAT = 4294967295


class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = None
        self.colno = None
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        Exception.__init__(self, msg)


error.__module__ = "re"
PatternError = error


def _subject(string):
    if isinstance(string, (str, bytes)):
        return string
    if isinstance(string, (bytearray, memoryview)):
        return bytes(string)
    raise TypeError("expected string or bytes-like object, got %r" % type(string).__name__)


def _end(endpos, subject):
    if endpos is None:
        return len(subject)
    return endpos


class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, flags):
        handle, groups, names, allflags = _compile(pattern, flags)
        self._handle = handle
        self.pattern = pattern
        self.flags = allflags
        self.groups = groups
        self._names = names
        self._template_cache = {}

    @property
    def groupindex(self):
        return {name: index for name, index in self._names}

    def _run(self, string, pos, endpos, mode):
        subject = _subject(string)
        spans = _match(self._handle, subject, pos, _end(endpos, subject), mode)
        if spans is None:
            return None
        return Match(self, string, subject, spans, pos, endpos)

    def search(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 2)

    def _scan(self, string, pos=0, endpos=None, count=0):
        subject = _subject(string)
        return subject, _scan(self._handle, subject, pos, _end(endpos, subject), count)

    def finditer(self, string, pos=0, endpos=None):
        subject, found = self._scan(string, pos, endpos)
        return iter([Match(self, string, subject, spans, pos, endpos) for spans in found])

    def findall(self, string, pos=0, endpos=None):
        subject, found = self._scan(string, pos, endpos)
        empty = subject[:0]
        out = []
        for spans in found:
            if self.groups == 0:
                out.append(subject[spans[0]:spans[1]])
            elif self.groups == 1:
                out.append(empty if spans[2] < 0 else subject[spans[2]:spans[3]])
            else:
                out.append(tuple(empty if spans[2 * i] < 0 else subject[spans[2 * i]:spans[2 * i + 1]]
                                 for i in range(1, self.groups + 1)))
        return out

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            return [string]
        subject, found = self._scan(string, 0, None, maxsplit)
        out = []
        last = 0
        for spans in found:
            out.append(subject[last:spans[0]])
            for i in range(1, self.groups + 1):
                s = spans[2 * i]
                out.append(None if s < 0 else subject[s:spans[2 * i + 1]])
            last = spans[1]
        out.append(subject[last:])
        return out

    def subn(self, repl, string, count=0):
        subject, found = self._scan(string, 0, None, count if count > 0 else 0)
        if callable(repl):
            expand = None
        else:
            parts = self._template(repl)
            if len(parts) == 1 and not isinstance(parts[0], int):
                literal, expand = parts[0], None
            else:
                literal, expand = None, parts
        pieces = []
        last = 0
        for spans in found:
            pieces.append(subject[last:spans[0]])
            if callable(repl):
                text = repl(Match(self, string, subject, spans, 0, None))
                if text is not None:
                    pieces.append(text)
            elif expand is None:
                pieces.append(literal)
            else:
                pieces.append(_expand(expand, subject, spans))
            last = spans[1]
        pieces.append(subject[last:])
        return subject[:0].join(pieces), len(found)

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def _template(self, repl):
        parts = self._template_cache.get(repl)
        if parts is None:
            parts = _parse_template(repl, self)
            self._template_cache[repl] = parts
        return parts

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError("Pattern.scanner is not supported")

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str):
            flags &= ~UNICODE
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        if not flags:
            return "re.compile(%s)" % text
        names = []
        for bit, name in _FLAG_NAMES:
            if flags & bit:
                names.append(name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        return "re.compile(%s, %s)" % (text, "|".join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __ne__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return not (self.pattern == other.pattern and self.flags == other.flags)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, subject, spans, pos, endpos):
        self.re = pattern
        self.string = string
        self._subject = subject
        self._spans = spans
        self.pos = pos
        self.endpos = len(subject) if endpos is None else max(0, min(endpos, len(subject)))
        if self.pos > len(subject):
            self.pos = len(subject)
        elif self.pos < 0:
            self.pos = 0

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, (str, bytes)):
            for name, index in self.re._names:
                if name == g:
                    return index
        raise IndexError("no such group")

    def _get(self, i, default=None):
        s = self._spans[2 * i]
        if s < 0:
            return default
        return self._subject[s:self._spans[2 * i + 1]]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(g)) for g in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(index, default) for name, index in self.re._names}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    @property
    def regs(self):
        return tuple((self._spans[2 * i], self._spans[2 * i + 1]) for i in range(self.re.groups + 1))

    @property
    def lastindex(self):
        best = None
        for i in range(1, self.re.groups + 1):
            s, e = self._spans[2 * i], self._spans[2 * i + 1]
            if s < 0:
                continue
            if best is None:
                best = i
                continue
            bs, be = self._spans[2 * best], self._spans[2 * best + 1]
            # The group that closed last: the furthest end; at the same end an enclosing
            # group (starting earlier) closes after the groups inside it.
            if e > be or (e == be and s > bs and s == e):
                best = i
        return best

    @property
    def lastgroup(self):
        last = self.lastindex
        if last is None:
            return None
        for name, index in self.re._names:
            if index == last:
                return name
        return None

    def expand(self, template):
        return _expand(_parse_template(template, self.re), self._subject, self._spans)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%r>" % (
            self._spans[0], self._spans[1], self._get(0))

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_DIGITS = "0123456789"
_OCTAL = "01234567"


def _parse_template(template, pattern):
    """Splits a replacement template into literal text and group numbers."""
    isbytes = isinstance(template, (bytes, bytearray))
    if isbytes:
        text = bytes(template).decode("latin-1")
    elif isinstance(template, str):
        text = template
    else:
        raise TypeError("expected str instance, %s found" % type(template).__name__)
    if isbytes != isinstance(pattern.pattern, bytes):
        if isbytes:
            raise TypeError("expected str instance, bytes found")
        raise TypeError("expected a bytes-like object, str found")
    parts = []
    lit = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error("bad escape (end of pattern)", template, i)
        c = text[i + 1]
        if c == "g":
            if i + 2 >= n or text[i + 2] != "<":
                raise error("missing <", template, i + 2)
            close = text.find(">", i + 3)
            if close < 0:
                raise error("missing >, unterminated name", template, i + 3)
            name = text[i + 3:close]
            if not name:
                raise error("missing group name", template, i + 3)
            if name.isdigit() and name.isascii():
                index = int(name)
                if index > pattern.groups:
                    raise error("invalid group reference %d" % index, template, i + 3)
            else:
                if not name.isidentifier():
                    raise error("bad character in group name %r" % name, template, i + 3)
                index = None
                for gname, gindex in pattern._names:
                    if gname == name:
                        index = gindex
                if index is None:
                    raise IndexError("unknown group name %r" % name)
            _flush(parts, lit)
            parts.append(index)
            i = close + 1
        elif c == "0":
            j = i + 2
            while j < n and j < i + 4 and text[j] in _OCTAL:
                j += 1
            lit.append(chr(int("0" + text[i + 2:j], 8)))
            i = j
        elif c in _DIGITS:
            j = i + 2
            if j < n and text[j] in _DIGITS:
                if c in _OCTAL and text[j] in _OCTAL and j + 1 < n and text[j + 1] in _OCTAL:
                    value = int(text[i + 1:j + 2], 8)
                    if value > 0o377:
                        raise error("octal escape value \\%s outside of range 0-0o377" % text[i + 1:j + 2],
                                    template, i)
                    lit.append(chr(value))
                    i = j + 2
                    continue
                j += 1
            index = int(text[i + 1:j])
            if index > pattern.groups:
                raise error("invalid group reference %d" % index, template, i + 1)
            _flush(parts, lit)
            parts.append(index)
            i = j
        elif c in _ESCAPES:
            lit.append(_ESCAPES[c])
            i += 2
        elif c in _ASCII_LETTERS:
            raise error("bad escape \\" + c, template, i)
        else:
            lit.append("\\" + c)
            i += 2
    _flush(parts, lit)
    if isbytes:
        parts = [p if isinstance(p, int) else p.encode("latin-1") for p in parts]
    if not parts:
        parts = [template[:0]]
    return parts


def _flush(parts, lit):
    if lit:
        parts.append("".join(lit))
        del lit[:]


def _expand(parts, subject, spans):
    out = []
    for p in parts:
        if isinstance(p, int):
            s = spans[2 * p]
            if s >= 0:
                out.append(subject[s:spans[2 * p + 1]])
        else:
            out.append(p)
    return subject[:0].join(out)


_cache = {}
_MAXCACHE = 512


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[key] = p
    return p


def purge():
    """Clear the regular expression cache."""
    _cache.clear()


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def template(pattern, flags=0):
    return compile(pattern, flags | TEMPLATE)


_SPECIAL = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    data = bytes(pattern).decode("latin-1")
    return "".join("\\" + c if c in _SPECIAL else c for c in data).encode("latin-1")


__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile",
    "purge", "template", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X",
    "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE",
    "NOFLAG",
]
