"""Names for the interpreter's built-in types."""

import sys as _sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


def _g():
    yield 1


GeneratorType = type(_g())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
try:
    MappingProxyType = type(type.__dict__)
    if MappingProxyType is dict:
        raise TypeError
except (AttributeError, TypeError):
    class MappingProxyType:
        """A read-only view of a mapping."""

        def __init__(self, mapping):
            if not hasattr(mapping, '__getitem__') or not hasattr(mapping, 'keys'):
                raise TypeError("mappingproxy() argument must be a mapping, not %s"
                                % type(mapping).__name__)
            object.__setattr__(self, '_m', mapping)

        def __getitem__(self, key):
            return self._m[key]

        def __contains__(self, key):
            return key in self._m

        def __iter__(self):
            return iter(self._m)

        def __len__(self):
            return len(self._m)

        def __eq__(self, other):
            return self._m == other

        def __setattr__(self, name, value):
            raise AttributeError("'mappingproxy' object has no attribute '%s'" % name)

        def get(self, key, default=None):
            return self._m.get(key, default)

        def keys(self):
            return self._m.keys()

        def values(self):
            return self._m.values()

        def items(self):
            return self._m.items()

        def copy(self):
            return self._m.copy()

        def __or__(self, other):
            return dict(self._m) | dict(other)

        def __repr__(self):
            return 'mappingproxy(%r)' % (self._m,)

    MappingProxyType.__name__ = 'mappingproxy'
    MappingProxyType.__qualname__ = 'mappingproxy'


class SimpleNamespace:
    """A simple attribute-based namespace."""

    # Instance namespaces here do not remember insertion order, so the order of attribute
    # names (for repr) is kept beside them.
    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        object.__setattr__(self, '_ns_order', [])
        if mapping_or_iterable:
            items = dict(mapping_or_iterable)
            for key in items:
                if not isinstance(key, str):
                    raise TypeError("keywords must be strings")
            for key, value in items.items():
                setattr(self, key, value)
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __setattr__(self, name, value):
        order = self._ns_order
        if name not in self.__dict__:
            order.append(name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        object.__delattr__(self, name)
        self._ns_order.remove(name)

    def _items(self):
        d = self.__dict__
        return [(k, d[k]) for k in self._ns_order if k in d]

    def __repr__(self):
        items = ("%s=%r" % (k, v) for k, v in self._items())
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        return "%s(%s)" % (name, ", ".join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return dict(self._items()) == dict(other._items())
        return NotImplemented

    __hash__ = None


def new_class(name, bases=(), kwds=None, exec_body=None):
    kwds = dict(kwds or {})
    meta = kwds.pop('metaclass', type(bases[0]) if bases else type)
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return meta(name, tuple(bases), ns, **kwds)


def coroutine(func):
    return func


class DynamicClassAttribute(property):
    """Route attribute access on a class to __getattr__."""

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if getattr(self, '__isabstractmethod__', False):
                return self
            raise AttributeError()
        return super().__get__(instance, ownerclass)
