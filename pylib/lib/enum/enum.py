"""Enumerations."""

_body_names = _install_order_hook()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""
    _counter = [0]

    def __init__(self, value=None):
        self.value = _auto_pending if value is None else value
        auto._counter[0] += 1
        self._order = auto._counter[0]

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


_auto_pending = object()


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__'))


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1:2] != '_' and name[-2:-1] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('__')


def _ordered_names(ns):
    """The names the class body assigned, in definition order where it is known."""
    order = _body_names() or []
    index = {}
    for i, name in enumerate(order):
        if name not in index:
            index[name] = i
    names = [n for n in ns]
    names.sort(key=lambda n: (index.get(n, len(order)), n))
    return names


class EnumMeta(type):
    """Metaclass for Enum"""

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if '_member_type_' in classdict:
            member_type = classdict['_member_type_']
        names = _ordered_names(classdict)
        member_names = []
        for key in names:
            if key in ('_order_', '_ignore_'):
                continue
            value = classdict[key]
            if _is_dunder(key) or _is_sunder(key) or _is_private(cls, key) or _is_descriptor(value):
                continue
            if isinstance(value, type) and key in classdict:
                continue
            member_names.append(key)
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        member_names = [n for n in member_names if n not in ignore]
        members = {}
        for key in member_names:
            members[key] = classdict[key]
        body = {}
        for key in classdict:
            if key not in members and key not in ignore:
                body[key] = classdict[key]
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_member_type_'] = member_type
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        if first_enum is not None and first_enum._member_names_:
            raise TypeError('%s: cannot extend enumeration %r' % (cls, first_enum.__name__))

        gnv = getattr(enum_class, '_generate_next_value_')
        last_values = []
        for name in member_names:
            value = members[name]
            if isinstance(value, auto):
                if value.value is _auto_pending:
                    value.value = gnv(name, 1, len(last_values), last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(gnv(name, 1, len(last_values), last_values[:])
                              if isinstance(v, auto) and v.value is _auto_pending
                              else (v.value if isinstance(v, auto) else v) for v in value)
            last_values.append(value)
            enum_class._add_member_(name, value)
        return enum_class

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        if not bases:
            return object, None
        first_enum = None
        member_type = object
        for base in bases:
            for klass in base.__mro__:
                if isinstance(klass, EnumMeta):
                    if first_enum is None:
                        first_enum = base
                    break
            else:
                continue
        for base in bases:
            for klass in base.__mro__:
                if klass is object or isinstance(klass, EnumMeta):
                    continue
                if klass in (int, str, float, bytes) or '__new__' in klass.__dict__:
                    member_type = klass
                    break
            if member_type is not object:
                break
        if first_enum is not None:
            mt = first_enum.__dict__.get('_member_type_')
            if mt is not None and mt is not object and member_type is object:
                member_type = mt
        return member_type, first_enum

    def _add_member_(cls, name, value):
        member_type = cls._member_type_
        args = value if isinstance(value, tuple) else (value,)
        new = cls.__dict__.get('__new__') or None
        custom_new = None
        for klass in cls.__mro__:
            if '__new__' in klass.__dict__ and klass not in (Enum, object) and \
                    not isinstance(klass.__dict__['__new__'], staticmethod) is False:
                pass
        if '_new_member_' in cls.__dict__:
            custom_new = cls.__dict__['_new_member_']
        if member_type is object:
            member = object.__new__(cls)
            if custom_new is not None:
                member = custom_new(cls, *args)
        else:
            if member_type in (int, str, float, bytes):
                raw = member_type(*args)
                member = _MixedMember(cls, raw)
            else:
                member = member_type.__new__(cls, *args)
        if not hasattr(member, '_value_'):
            if member_type is object:
                member._value_ = value
            else:
                member._value_ = value if member_type in (int, str, float, bytes) and \
                    not isinstance(value, tuple) else args[0] if len(args) == 1 else value
        value = member._value_
        for existing in cls._member_names_:
            canonical = cls._member_map_[existing]
            if canonical._value_ == value:
                cls._member_map_[name] = canonical
                type.__setattr__(cls, name, canonical)
                return
        member._name_ = name
        member.__objclass__ = cls
        init = getattr(cls, '__init__', None)
        if init is not None and init is not object.__init__ and '__init__' in _mro_dicts(cls):
            init(member, *args)
        cls._member_names_.append(name)
        cls._member_map_[name] = member
        try:
            cls._value2member_map_[value] = member
        except TypeError:
            pass
        type.__setattr__(cls, name, member)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls.__new_member_lookup__(value)
        return cls._create_(value, names, module, qualname, type, start)

    def __new_member_lookup__(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None:
            raise exc
        raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                        % (cls.__name__, result))

    def _create_(cls, class_name, names, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        items = []
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            last = []
            for i, name in enumerate(names):
                value = cls._generate_next_value_(name, start, i, last[:])
                last.append(value)
                items.append((name, value))
        elif hasattr(names, 'items'):
            items = list(names.items())
        else:
            items = list(names)
        ns = {name: value for name, value in items}
        order = [name for name, value in items]
        enum_class = _build_ordered(cls.__class__, class_name, bases, ns, order)
        enum_class.__module__ = module if module is not None else 'enum'
        if qualname is not None:
            enum_class.__qualname__ = qualname
        return enum_class

    def __contains__(cls, member):
        if isinstance(member, cls):
            return member._name_ in cls._member_map_
        return any(m._value_ == member for m in cls._member_map_.values())

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%s: cannot delete Enum member %r." % (cls.__name__, attr))
        super().__delattr__(attr)


EnumType = EnumMeta


def _mro_dicts(cls):
    names = set()
    for klass in cls.__mro__:
        if klass in (Enum, object) or not isinstance(klass, EnumMeta):
            continue
        names.update(klass.__dict__)
    return names


def _build_ordered(metacls, name, bases, ns, order):
    """Creates an enum class whose members follow order (used by the functional API)."""
    return _OrderedBuild(metacls, name, bases, ns, order).make()


class _OrderedBuild:
    def __init__(self, metacls, name, bases, ns, order):
        self.args = (metacls, name, bases, ns, order)

    def make(self):
        global _body_names
        metacls, name, bases, ns, order = self.args
        saved = _body_names
        _body_names = lambda: order
        try:
            return metacls(name, bases, ns)
        finally:
            _body_names = saved


def _MixedMember(cls, raw):
    """A member of an enum mixed with int/str/float/bytes: stands in for the raw value."""
    member = object.__new__(cls)
    member._value_ = raw
    member._raw_ = raw
    return member


class Enum(metaclass=EnumMeta):
    """Generic enumeration."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        raw = self._value_
        vr = (self._member_type_.__repr__(raw) if self._member_type_ not in (object,)
              and False else repr(raw))
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, vr)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __dir__(self):
        return ['__class__', '__doc__', '__module__', 'name', 'value']

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_

    def __eq__(self, other):
        if type(other) is type(self) or isinstance(other, Enum):
            return self is other
        raw = self.__dict__.get('_raw_', _no_raw)
        if raw is not _no_raw:
            return raw == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r


_no_raw = object()


def _raw_binop(name):
    def op(self, *args):
        args = [a._raw_ if isinstance(a, Enum) and '_raw_' in a.__dict__ else a for a in args]
        return getattr(self._raw_, name)(*args)
    op.__name__ = name
    return op


def _raw_rbinop(opfunc):
    def op(self, other):
        if isinstance(other, Enum) and '_raw_' in other.__dict__:
            other = other._raw_
        return opfunc(other, self._raw_)
    return op


class _RawMixin:
    """Operators of the raw value for IntEnum/StrEnum members."""

    def __int__(self):
        return int(self._raw_)

    def __index__(self):
        return int(self._raw_)

    def __float__(self):
        return float(self._raw_)

    def __bool__(self):
        return bool(self._raw_)

    def __len__(self):
        return len(self._raw_)

    def __iter__(self):
        return iter(self._raw_)

    def __getitem__(self, i):
        return self._raw_[i]

    def __contains__(self, x):
        return x in self._raw_

    def __hash__(self):
        return hash(self._raw_)

    def __lt__(self, other):
        return self._raw_ < (other._raw_ if isinstance(other, _RawMixin) else other)

    def __le__(self, other):
        return self._raw_ <= (other._raw_ if isinstance(other, _RawMixin) else other)

    def __gt__(self, other):
        return self._raw_ > (other._raw_ if isinstance(other, _RawMixin) else other)

    def __ge__(self, other):
        return self._raw_ >= (other._raw_ if isinstance(other, _RawMixin) else other)

    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(name)
        return getattr(self.__dict__['_raw_'], name)


for _name, _f in (('__add__', lambda a, b: a + b), ('__sub__', lambda a, b: a - b),
                  ('__mul__', lambda a, b: a * b), ('__truediv__', lambda a, b: a / b),
                  ('__floordiv__', lambda a, b: a // b), ('__mod__', lambda a, b: a % b),
                  ('__pow__', lambda a, b: a ** b), ('__and__', lambda a, b: a & b),
                  ('__or__', lambda a, b: a | b), ('__xor__', lambda a, b: a ^ b),
                  ('__lshift__', lambda a, b: a << b), ('__rshift__', lambda a, b: a >> b)):
    def _mk(f):
        def op(self, other):
            if isinstance(other, _RawMixin):
                other = other._raw_
            return f(self._raw_, other)
        return op
    setattr(_RawMixin, _name, _mk(_f))
    setattr(_RawMixin, '__r' + _name[2:], _raw_rbinop(_f))
_RawMixin.__neg__ = lambda self: -self._raw_
_RawMixin.__pos__ = lambda self: +self._raw_
_RawMixin.__abs__ = lambda self: abs(self._raw_)
_RawMixin.__invert__ = lambda self: ~self._raw_
del _name, _f


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(_RawMixin, ReprEnum):
    """Enum where members are also (and must be) ints"""
    _member_type_ = int

    def __str__(self):
        return str(self._raw_)

    def __format__(self, spec):
        return format(self._raw_, spec)


class StrEnum(_RawMixin, ReprEnum):
    """Enum where members are also (and must be) strings"""
    _member_type_ = str

    def __str__(self):
        return str(self._raw_)

    def __format__(self, spec):
        return format(self._raw_, spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    """Support for flags"""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = max(last_values)
        return 2 ** (high.bit_length())

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            return None
        all_bits = 0
        for m in cls._member_map_.values():
            all_bits |= m._value_
        if value & ~all_bits:
            return None
        return cls._make_pseudo_(value)

    @classmethod
    def _make_pseudo_(cls, value):
        if value in cls._value2member_map_:
            return cls._value2member_map_[value]
        member = object.__new__(cls)
        member._value_ = value
        if cls._member_type_ is int:
            member._raw_ = value
        parts = [m._name_ for m in cls if m._value_ and m._value_ & value == m._value_
                 and bin(m._value_).count('1') == 1]
        member._name_ = '|'.join(parts) if parts else None
        cls._value2member_map_[value] = member
        return member

    def __contains__(self, other):
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return (m for m in type(self) if m._value_ and m._value_ & self._value_ == m._value_
                and bin(m._value_).count('1') == 1)

    def __len__(self):
        return bin(self._value_).count('1')

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ ^ other._value_)

    def __invert__(self):
        all_bits = 0
        for m in type(self):
            all_bits |= m._value_
        return self.__class__(all_bits & ~self._value_)

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __hash__(self):
        return hash(self._value_)


class IntFlag(_RawMixin, Flag):
    """Support for integer-based Flags"""
    _member_type_ = int

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    def __or__(self, other):
        o = other._value_ if isinstance(other, Flag) else other
        return self.__class__(self._value_ | o)

    __ror__ = __or__

    def __and__(self, other):
        o = other._value_ if isinstance(other, Flag) else other
        return self.__class__(self._value_ & o)

    __rand__ = __and__


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in <enum %r>: %s' % (enumeration.__name__, alias_details))
    return enumeration
