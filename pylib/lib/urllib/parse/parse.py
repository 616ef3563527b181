# The Python part of gowsgi's urllib.parse: the result classes and thin wrappers around the
# Go functions _urlsplit, _urlparse, _unsplit, _unparse and _defrag.

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag", "urlsplit", "urlunsplit",
           "urlencode", "parse_qs", "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes", "DefragResult", "ParseResult",
           "SplitResult", "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file', 'https', 'shttp',
                 'mms', 'prospero', 'rtsp', 'rtspu', 'sftp', 'svn', 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais', 'file', 'mms',
               'https', 'shttp', 'snews', 'prospero', 'rtsp', 'rtspu', 'rsync', 'svn', 'svn+ssh',
               'sftp', 'nfs', 'git', 'git+ssh', 'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp', 'rtsp', 'rtspu',
               'sip', 'sips', 'mms', 'sftp', 'tel']
scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')


class _Result(object):
    """A named tuple of URL parts (the runtime cannot subclass tuple, so it wraps one)."""

    _fields = ()

    def __init__(self, *args, **kwargs):
        values = list(args)
        for name in self._fields[len(args):]:
            if name not in kwargs:
                raise TypeError("%s.__new__() missing required argument: '%s'" % (type(self).__name__, name))
            values.append(kwargs.pop(name))
        if kwargs or len(values) != len(self._fields):
            raise TypeError("%s.__new__() takes %d positional arguments but %d were given"
                            % (type(self).__name__, len(self._fields) + 1, len(values) + 1))
        self._t = tuple(values)

    def __iter__(self):
        return iter(self._t)

    def __len__(self):
        return len(self._t)

    def __getitem__(self, i):
        return self._t[i]

    def __eq__(self, other):
        if isinstance(other, _Result):
            other = other._t
        if not isinstance(other, tuple):
            return NotImplemented
        return self._t == other

    def __ne__(self, other):
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    def __lt__(self, other):
        return self._t < tuple(other)

    def __hash__(self):
        return hash(self._t)

    def __add__(self, other):
        return self._t + tuple(other)

    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join(
            '%s=%r' % (name, value) for name, value in zip(self._fields, self._t)))

    def count(self, value):
        return self._t.count(value)

    def index(self, value):
        return self._t.index(value)

    def _asdict(self):
        return dict(zip(self._fields, self._t))

    def _replace(self, **kwargs):
        values = [kwargs.pop(name, value) for name, value in zip(self._fields, self._t)]
        if kwargs:
            raise ValueError('Got unexpected field names: %r' % list(kwargs))
        return type(self)(*values)

    @classmethod
    def _make(cls, iterable):
        return cls(*iterable)


def _add_fields(cls, fields):
    cls._fields = fields
    for i, name in enumerate(fields):
        setattr(cls, name, property(lambda self, i=i: self._t[i]))


class _NetlocMixin(object):
    """hostname, port, username and password of a result with a netloc.

    Emptiness is tested with len(): the runtime's truth test of bytes is not reliable yet.
    """

    def _sep(self, s):
        return s if isinstance(self.netloc, str) else s.encode('ascii')

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        hostname = self._hostinfo[0]
        if hostname is None or not len(hostname):
            return None
        hostname, percent, zone = hostname.partition(self._sep('%'))
        return hostname.lower() + percent + zone

    @property
    def port(self):
        port = self._hostinfo[1]
        if port is not None:
            if port.isdigit() and port.isascii():
                port = int(port)
            else:
                raise ValueError("Port could not be cast to integer value as %r" % (port,))
            if not (0 <= port <= 65535):
                raise ValueError("Port out of range 0-65535")
        return port

    @property
    def _userinfo(self):
        userinfo, have_info, hostinfo = self.netloc.rpartition(self._sep('@'))
        if not len(have_info):
            return None, None
        username, have_password, password = userinfo.partition(self._sep(':'))
        if not len(have_password):
            password = None
        return username, password

    @property
    def _hostinfo(self):
        hostinfo = self.netloc.rpartition(self._sep('@'))[2]
        _, have_open_br, bracketed = hostinfo.partition(self._sep('['))
        if len(have_open_br):
            hostname, _, port = bracketed.partition(self._sep(']'))
            port = port.partition(self._sep(':'))[2]
        else:
            hostname, _, port = hostinfo.partition(self._sep(':'))
        if not len(port):
            port = None
        return hostname, port


class DefragResult(_Result):
    def geturl(self):
        if self.fragment:
            return self.url + '#' + self.fragment
        return self.url

    def encode(self, encoding='ascii', errors='strict'):
        return DefragResultBytes(*(x.encode(encoding, errors) for x in self))


class SplitResult(_NetlocMixin, _Result):
    def geturl(self):
        return urlunsplit(self)

    def encode(self, encoding='ascii', errors='strict'):
        return SplitResultBytes(*(x.encode(encoding, errors) for x in self))


class ParseResult(_NetlocMixin, _Result):
    def geturl(self):
        return urlunparse(self)

    def encode(self, encoding='ascii', errors='strict'):
        return ParseResultBytes(*(x.encode(encoding, errors) for x in self))


class DefragResultBytes(_Result):
    def geturl(self):
        if self.fragment:
            return self.url + b'#' + self.fragment
        return self.url

    def decode(self, encoding='ascii', errors='strict'):
        return DefragResult(*(x.decode(encoding, errors) for x in self))


class SplitResultBytes(_NetlocMixin, _Result):
    def geturl(self):
        return urlunsplit(self)

    def decode(self, encoding='ascii', errors='strict'):
        return SplitResult(*(x.decode(encoding, errors) for x in self))


class ParseResultBytes(_NetlocMixin, _Result):
    def geturl(self):
        return urlunparse(self)

    def decode(self, encoding='ascii', errors='strict'):
        return ParseResult(*(x.decode(encoding, errors) for x in self))


_add_fields(DefragResult, ('url', 'fragment'))
_add_fields(DefragResultBytes, ('url', 'fragment'))
_add_fields(SplitResult, ('scheme', 'netloc', 'path', 'query', 'fragment'))
_add_fields(SplitResultBytes, ('scheme', 'netloc', 'path', 'query', 'fragment'))
_add_fields(ParseResult, ('scheme', 'netloc', 'path', 'params', 'query', 'fragment'))
_add_fields(ParseResultBytes, ('scheme', 'netloc', 'path', 'params', 'query', 'fragment'))


def urlsplit(url, scheme='', allow_fragments=True):
    """Parse a URL into 5 components: <scheme>://<netloc>/<path>?<query>#<fragment>"""
    parts = _urlsplit(url, scheme, allow_fragments)
    if isinstance(parts[0], str):
        return SplitResult(*parts)
    return SplitResultBytes(*parts)


def urlparse(url, scheme='', allow_fragments=True):
    """Parse a URL into 6 components: <scheme>://<netloc>/<path>;<params>?<query>#<fragment>"""
    parts = _urlparse(url, scheme, allow_fragments)
    if isinstance(parts[0], str):
        return ParseResult(*parts)
    return ParseResultBytes(*parts)


def urlunsplit(components):
    """Put a parsed URL back together again (the inverse of urlsplit)."""
    return _unsplit(*components)


def urlunparse(components):
    """Put a parsed URL back together again (the inverse of urlparse)."""
    return _unparse(*components)


def urldefrag(url):
    """Removes any existing fragment from URL: returns (url without fragment, fragment)."""
    url, fragment = _defrag(url)
    if isinstance(url, str):
        return DefragResult(url, fragment)
    return DefragResultBytes(url, fragment)
