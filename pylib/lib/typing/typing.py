"""Support for type hints: the names evaluate, subscriptions and all; nothing is checked."""

import collections.abc as _abc

TYPE_CHECKING = False


class _SpecialForm:
    """A typing construct such as Any, Union or List: subscriptable, printable, not callable."""

    def __init__(self, name, origin=None, nparams=-1):
        self._name = name
        self.__origin__ = origin
        self._nparams = nparams

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self, params)

    def __repr__(self):
        return 'typing.' + self._name

    def __call__(self, *args, **kwargs):
        if self.__origin__ is not None and callable(self.__origin__):
            return self.__origin__(*args, **kwargs)
        raise TypeError("Cannot instantiate %r" % self)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        if self.__origin__ is None:
            raise TypeError("%r cannot be used with isinstance()" % self)
        return isinstance(obj, self.__origin__)

    def __mro_entries__(self, bases):
        return (self.__origin__,) if self.__origin__ is not None else ()


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    return repr(obj)


class _GenericAlias:
    """A subscripted construct such as List[int] or Optional[str]."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self.__origin__, params)

    def __repr__(self):
        origin = self.__origin__
        name = origin._name if isinstance(origin, _SpecialForm) else _type_repr(origin)
        if name == 'Optional':
            return 'typing.Optional[%s]' % _type_repr(self.__args__[0])
        if name == 'Union':
            args = [a for a in self.__args__ if a is not type(None)]
            if len(args) == 1 and len(self.__args__) == 2:
                return 'typing.Optional[%s]' % _type_repr(args[0])
        if isinstance(origin, _SpecialForm):
            name = 'typing.' + name
        return '%s[%s]' % (name, ', '.join(_type_repr(a) if not isinstance(a, list)
                                           else '[%s]' % ', '.join(map(_type_repr, a))
                                           for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((id(self.__origin__), self.__args__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        o = self.__origin__
        if isinstance(o, _SpecialForm):
            return (o.__origin__,) if o.__origin__ is not None else ()
        return (o,)


class _UnionForm(_SpecialForm):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        flat = []
        for p in params:
            if p is None:
                p = type(None)
            if isinstance(p, _GenericAlias) and p.__origin__ is Union:
                items = p.__args__
            else:
                items = (p,)
            for i in items:
                if i not in flat:
                    flat.append(i)
        if len(flat) == 1:
            return flat[0]
        return _GenericAlias(self, tuple(flat))


class _OptionalForm(_SpecialForm):
    def __getitem__(self, param):
        return Union[param, type(None)]


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
ClassVar = _SpecialForm('ClassVar')
Final = _SpecialForm('Final')
Union = _UnionForm('Union')
Optional = _OptionalForm('Optional')
Literal = _SpecialForm('Literal')
Annotated = _SpecialForm('Annotated')
TypeAlias = _SpecialForm('TypeAlias')
Concatenate = _SpecialForm('Concatenate')
TypeGuard = _SpecialForm('TypeGuard')
Required = _SpecialForm('Required')
NotRequired = _SpecialForm('NotRequired')

List = _SpecialForm('List', list)
Dict = _SpecialForm('Dict', dict)
Set = _SpecialForm('Set', set)
FrozenSet = _SpecialForm('FrozenSet', frozenset)
Tuple = _SpecialForm('Tuple', tuple)
Type = _SpecialForm('Type', type)
Text = str
AnyStr = None  # replaced below by a TypeVar
ByteString = _SpecialForm('ByteString', _abc.ByteString)
Callable = _SpecialForm('Callable', _abc.Callable)
Iterable = _SpecialForm('Iterable', _abc.Iterable)
Iterator = _SpecialForm('Iterator', _abc.Iterator)
Generator = _SpecialForm('Generator', _abc.Generator)
Reversible = _SpecialForm('Reversible', _abc.Reversible)
Container = _SpecialForm('Container', _abc.Container)
Collection = _SpecialForm('Collection', _abc.Collection)
Hashable = _abc.Hashable
Sized = _abc.Sized
Mapping = _SpecialForm('Mapping', _abc.Mapping)
MutableMapping = _SpecialForm('MutableMapping', _abc.MutableMapping)
Sequence = _SpecialForm('Sequence', _abc.Sequence)
MutableSequence = _SpecialForm('MutableSequence', _abc.MutableSequence)
AbstractSet = _SpecialForm('AbstractSet', _abc.Set)
MutableSet = _SpecialForm('MutableSet', _abc.MutableSet)
KeysView = _SpecialForm('KeysView', _abc.KeysView)
ItemsView = _SpecialForm('ItemsView', _abc.ItemsView)
ValuesView = _SpecialForm('ValuesView', _abc.ValuesView)
MappingView = _SpecialForm('MappingView', _abc.MappingView)
Awaitable = _SpecialForm('Awaitable', _abc.Awaitable)
Coroutine = _SpecialForm('Coroutine', _abc.Coroutine)
AsyncIterable = _SpecialForm('AsyncIterable', _abc.AsyncIterable)
AsyncIterator = _SpecialForm('AsyncIterator', _abc.AsyncIterator)
AsyncGenerator = _SpecialForm('AsyncGenerator', _abc.AsyncGenerator)


def _lazy_collections():
    import collections
    return collections


DefaultDict = _SpecialForm('DefaultDict', _lazy_collections().defaultdict)
OrderedDict = _SpecialForm('OrderedDict', _lazy_collections().OrderedDict)
Counter = _SpecialForm('Counter', _lazy_collections().Counter)
ChainMap = _SpecialForm('ChainMap', _lazy_collections().ChainMap)
Deque = _SpecialForm('Deque', _lazy_collections().deque)


class TypeVar:
    """Type variable."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]


AnyStr = TypeVar('AnyStr', bytes, str)


class ParamSpec(TypeVar):
    """Parameter specification variable."""
    args = object()
    kwargs = object()


class TypeVarTuple(TypeVar):
    """Type variable tuple."""


class _GenericMeta(type):
    """Metaclass of Generic: C[T] is C itself (parameters are not tracked)."""

    def __getitem__(cls, params):
        return cls


class Generic(metaclass=_GenericMeta):
    """Abstract base class for generic types."""
    __slots__ = ()


class Protocol(Generic):
    """Base class for protocol classes."""
    __slots__ = ()


def runtime_checkable(cls):
    return cls


def cast(typ, val):
    """Cast a value to a type: returns the value unchanged."""
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    raise AssertionError("Expected code to be unreachable, but got: %r" % (arg,))


def reveal_type(obj, /):
    return obj


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. "
            "A series of @typing.overload-decorated functions "
            "outside a stub module should always be followed "
            "by an implementation that is not @typing.overload-decorated.")
    return _overload_dummy


def final(f):
    return f


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    return decorator


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            for name in ann:
                hints[name] = ann[name]
        return hints
    return dict(getattr(obj, '__annotations__', {}) or {})


def get_origin(tp):
    if isinstance(tp, _GenericAlias):
        o = tp.__origin__
        if isinstance(o, _SpecialForm) and o.__origin__ is not None:
            return o.__origin__
        return o
    return None


def get_args(tp):
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    return ()


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


def _namedtuple_from_class(name, ns):
    from collections import namedtuple
    ann = ns.get('__annotations__', {})
    names = list(ann)
    defaults = [ns[n] for n in names if n in ns]
    nt = namedtuple(name, names, defaults=defaults, module=ns.get('__module__'))
    nt.__annotations__ = dict(ann)
    for key in ns:
        if key not in names and key not in ('__module__', '__qualname__', '__annotations__',
                                            '__doc__', '__slots__', '__dict__'):
            setattr(nt, key, ns[key])
    if ns.get('__doc__'):
        nt.__doc__ = ns['__doc__']
    return nt


class _NamedTupleMeta(type):
    def __new__(mcls, name, bases, ns):
        if ns.get('_root', False):
            return super().__new__(mcls, name, bases, ns)
        return _namedtuple_from_class(name, ns)

    def __call__(cls, typename, fields=None, /, **kwargs):
        from collections import namedtuple
        if fields is None:
            fields = kwargs.items()
        fields = list(fields)
        nt = namedtuple(typename, [n for n, t in fields])
        nt.__annotations__ = dict(fields)
        return nt


class NamedTuple(metaclass=_NamedTupleMeta):
    """Typed version of namedtuple: NamedTuple('P', [('x', int)]) or a class statement."""
    _root = True


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        if ns.get('_root', False):
            return super().__new__(mcls, name, bases, ns)
        ann = {}
        for b in bases:
            for key, value in getattr(b, '__annotations__', {}).items():
                ann[key] = value
        for key, value in ns.get('__annotations__', {}).items():
            ann[key] = value
        tp = super().__new__(mcls, name, (TypedDict,), {'__module__': ns.get('__module__')})
        tp.__annotations__ = ann
        tp.__total__ = total
        tp.__required_keys__ = frozenset(ann) if total else frozenset()
        tp.__optional_keys__ = frozenset() if total else frozenset(ann)
        return tp

    def __call__(cls, *args, total=True, **kwargs):
        if cls is TypedDict:
            typename, fields = args[0], (args[1] if len(args) > 1 else kwargs)
            ns = {'__annotations__': dict(fields), '__module__': None}
            return _TypedDictMeta(typename, (), ns, total=total)
        return dict(*args, **kwargs)


class TypedDict(metaclass=_TypedDictMeta):
    """A dict with typed keys: TypedDict('Movie', {'name': str}) or a class statement."""
    _root = True


IO = _SpecialForm('IO')
TextIO = _SpecialForm('TextIO')
BinaryIO = _SpecialForm('BinaryIO')
Pattern = _SpecialForm('Pattern')
Match = _SpecialForm('Match')
SupportsInt = _SpecialForm('SupportsInt')
SupportsFloat = _SpecialForm('SupportsFloat')
SupportsIndex = _SpecialForm('SupportsIndex')
SupportsAbs = _SpecialForm('SupportsAbs')
SupportsBytes = _SpecialForm('SupportsBytes')
SupportsRound = _SpecialForm('SupportsRound')
ContextManager = _SpecialForm('ContextManager')
AsyncContextManager = _SpecialForm('AsyncContextManager')
