"""HTTP status codes and methods (gowsgi: HTTPStatus and HTTPMethod without the enum module)."""

__path__ = []
__all__ = ["HTTPStatus", "HTTPMethod"]

_STATUSES = [
    (100, 'CONTINUE', 'Continue'),
    (101, 'SWITCHING_PROTOCOLS', 'Switching Protocols'),
    (102, 'PROCESSING', 'Processing'),
    (103, 'EARLY_HINTS', 'Early Hints'),
    (200, 'OK', 'OK'),
    (201, 'CREATED', 'Created'),
    (202, 'ACCEPTED', 'Accepted'),
    (203, 'NON_AUTHORITATIVE_INFORMATION', 'Non-Authoritative Information'),
    (204, 'NO_CONTENT', 'No Content'),
    (205, 'RESET_CONTENT', 'Reset Content'),
    (206, 'PARTIAL_CONTENT', 'Partial Content'),
    (207, 'MULTI_STATUS', 'Multi-Status'),
    (208, 'ALREADY_REPORTED', 'Already Reported'),
    (226, 'IM_USED', 'IM Used'),
    (300, 'MULTIPLE_CHOICES', 'Multiple Choices'),
    (301, 'MOVED_PERMANENTLY', 'Moved Permanently'),
    (302, 'FOUND', 'Found'),
    (303, 'SEE_OTHER', 'See Other'),
    (304, 'NOT_MODIFIED', 'Not Modified'),
    (305, 'USE_PROXY', 'Use Proxy'),
    (307, 'TEMPORARY_REDIRECT', 'Temporary Redirect'),
    (308, 'PERMANENT_REDIRECT', 'Permanent Redirect'),
    (400, 'BAD_REQUEST', 'Bad Request'),
    (401, 'UNAUTHORIZED', 'Unauthorized'),
    (402, 'PAYMENT_REQUIRED', 'Payment Required'),
    (403, 'FORBIDDEN', 'Forbidden'),
    (404, 'NOT_FOUND', 'Not Found'),
    (405, 'METHOD_NOT_ALLOWED', 'Method Not Allowed'),
    (406, 'NOT_ACCEPTABLE', 'Not Acceptable'),
    (407, 'PROXY_AUTHENTICATION_REQUIRED', 'Proxy Authentication Required'),
    (408, 'REQUEST_TIMEOUT', 'Request Timeout'),
    (409, 'CONFLICT', 'Conflict'),
    (410, 'GONE', 'Gone'),
    (411, 'LENGTH_REQUIRED', 'Length Required'),
    (412, 'PRECONDITION_FAILED', 'Precondition Failed'),
    (413, 'REQUEST_ENTITY_TOO_LARGE', 'Request Entity Too Large'),
    (414, 'REQUEST_URI_TOO_LONG', 'Request-URI Too Long'),
    (415, 'UNSUPPORTED_MEDIA_TYPE', 'Unsupported Media Type'),
    (416, 'REQUESTED_RANGE_NOT_SATISFIABLE', 'Requested Range Not Satisfiable'),
    (417, 'EXPECTATION_FAILED', 'Expectation Failed'),
    (418, 'IM_A_TEAPOT', "I'm a Teapot"),
    (421, 'MISDIRECTED_REQUEST', 'Misdirected Request'),
    (422, 'UNPROCESSABLE_ENTITY', 'Unprocessable Entity'),
    (423, 'LOCKED', 'Locked'),
    (424, 'FAILED_DEPENDENCY', 'Failed Dependency'),
    (425, 'TOO_EARLY', 'Too Early'),
    (426, 'UPGRADE_REQUIRED', 'Upgrade Required'),
    (428, 'PRECONDITION_REQUIRED', 'Precondition Required'),
    (429, 'TOO_MANY_REQUESTS', 'Too Many Requests'),
    (431, 'REQUEST_HEADER_FIELDS_TOO_LARGE', 'Request Header Fields Too Large'),
    (451, 'UNAVAILABLE_FOR_LEGAL_REASONS', 'Unavailable For Legal Reasons'),
    (500, 'INTERNAL_SERVER_ERROR', 'Internal Server Error'),
    (501, 'NOT_IMPLEMENTED', 'Not Implemented'),
    (502, 'BAD_GATEWAY', 'Bad Gateway'),
    (503, 'SERVICE_UNAVAILABLE', 'Service Unavailable'),
    (504, 'GATEWAY_TIMEOUT', 'Gateway Timeout'),
    (505, 'HTTP_VERSION_NOT_SUPPORTED', 'HTTP Version Not Supported'),
    (506, 'VARIANT_ALSO_NEGOTIATES', 'Variant Also Negotiates'),
    (507, 'INSUFFICIENT_STORAGE', 'Insufficient Storage'),
    (508, 'LOOP_DETECTED', 'Loop Detected'),
    (510, 'NOT_EXTENDED', 'Not Extended'),
    (511, 'NETWORK_AUTHENTICATION_REQUIRED', 'Network Authentication Required'),
]


class _Members(type):
    """The class-level behaviour of an enumeration: iteration, len, lookup by name or value."""

    def __iter__(cls):
        return iter(cls._member_list_)

    def __len__(cls):
        return len(cls._member_list_)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __contains__(cls, member):
        return isinstance(member, cls) and member in cls._member_list_

    def __call__(cls, value):
        if isinstance(value, cls):
            return value
        for m in cls._member_list_:
            if m._value_ == value:
                return m
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))

    def __repr__(cls):
        return "<enum %r>" % cls.__name__


class HTTPStatus(metaclass=_Members):
    """HTTP status codes and reason phrases (an IntEnum in CPython: members compare as ints)."""

    _member_list_ = []
    _member_map_ = {}

    def __init__(self, value, name, phrase, description=""):
        self._value_ = value
        self._name_ = name
        self.phrase = phrase
        self.description = description

    value = property(lambda self: self._value_)
    name = property(lambda self: self._name_)

    def __repr__(self):
        return "<HTTPStatus.%s: %d>" % (self._name_, self._value_)

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __hash__(self):
        return hash(self._value_)

    def __eq__(self, other):
        if isinstance(other, HTTPStatus):
            return self._value_ == other._value_
        return self._value_ == other

    def __ne__(self, other):
        return not self.__eq__(other)

    def __lt__(self, other):
        return self._value_ < int(other)

    def __le__(self, other):
        return self._value_ <= int(other)

    def __gt__(self, other):
        return self._value_ > int(other)

    def __ge__(self, other):
        return self._value_ >= int(other)

    def __add__(self, other):
        return self._value_ + other

    def __radd__(self, other):
        return other + self._value_

    def __sub__(self, other):
        return self._value_ - other

    def __floordiv__(self, other):
        return self._value_ // other

    def __mod__(self, other):
        return self._value_ % other

    def __bool__(self):
        return True


def _make_status(value, name, phrase):
    member = object.__new__(HTTPStatus)
    member.__init__(value, name, phrase)
    return member


for _value, _name, _phrase in _STATUSES:
    _member = _make_status(_value, _name, _phrase)
    HTTPStatus._member_list_.append(_member)
    HTTPStatus._member_map_[_name] = _member
    setattr(HTTPStatus, _name, _member)
del _value, _name, _phrase, _member


class HTTPMethod(metaclass=_Members):
    """HTTP methods (a StrEnum in CPython)."""

    _member_list_ = []
    _member_map_ = {}

    value = property(lambda self: self._value_)
    name = property(lambda self: self._value_)

    def __repr__(self):
        return "<HTTPMethod.%s>" % self._value_

    def __str__(self):
        return self._value_

    def __eq__(self, other):
        if isinstance(other, HTTPMethod):
            return self._value_ == other._value_
        return self._value_ == other

    def __hash__(self):
        return hash(self._value_)


for _name, _description in [
        ("CONNECT", "Establish a connection to the server."), ("DELETE", "Remove the target."),
        ("GET", "Retrieve the target."), ("HEAD", "Same as GET, but only retrieve the status line and header section."),
        ("OPTIONS", "Describe the communication options for the target."),
        ("PATCH", "Apply partial modifications to a target."),
        ("POST", "Perform target-specific processing with the request payload."),
        ("PUT", "Replace the target with the request payload."),
        ("TRACE", "Perform a message loop-back test along the path to the target.")]:
    _member = object.__new__(HTTPMethod)
    _member._value_ = _name
    _member.description = _description
    HTTPMethod._member_list_.append(_member)
    HTTPMethod._member_map_[_name] = _member
    setattr(HTTPMethod, _name, _member)
del _name, _description, _member
