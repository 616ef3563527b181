"""Generic (shallow and deep) copying operations."""


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type, range, type(Ellipsis),
           type(NotImplemented), type(len), property)


def _is_atomic(x):
    if isinstance(x, type):
        return True
    t = type(x)
    if t in _ATOMIC:
        return True
    return t.__name__ in ('function', 'builtin_function_or_method', 'method', 'code')


def _copy_instance(x, make_value):
    cls = type(x)
    y = cls.__new__(cls)
    state = getattr(x, '__dict__', None)
    if state:
        if hasattr(y, '__setstate__'):
            y.__setstate__(make_value(state))
        else:
            _set_state(y, make_value(state))
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            try:
                value = object.__getattribute__(x, name)
            except AttributeError:
                continue
            object.__setattr__(y, name, make_value(value) if make_value is not _same else value)
    return y


def _is_namespace_dict(x):
    # An instance's or module's __dict__ is a dict in CPython; here a namespace of its own type
    # that is also called dict.
    return type(x).__name__ == 'dict' and hasattr(x, 'keys') and hasattr(x, '__getitem__')


def _set_state(obj, state):
    d = obj.__dict__
    for key in list(state.keys()):
        d[key] = state[key]


def _same(v):
    return v


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if _is_atomic(x) or cls is tuple or cls is frozenset:
        return x
    if cls in (list, dict, set, bytearray):
        return x.copy()
    if _is_namespace_dict(x):
        return {key: x[key] for key in list(x.keys())}
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if isinstance(x, BaseException):
        y = cls(*x.args)
        _set_state(y, x.__dict__)
        return y
    if getattr(cls, '__module__', 'builtins') == 'builtins' and not hasattr(x, '__dict__'):
        raise Error("un(shallow)copyable object of type %s" % cls)
    return _copy_instance(x, _same)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict or _is_namespace_dict(x):
        y = {}
        memo[d] = y
        for key in list(x.keys()):
            y[deepcopy(key, memo)] = deepcopy(x[key], memo)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        if all(i is j for i, j in zip(x, items)):
            y = x
        else:
            y = tuple(items)
    elif cls in (set, frozenset):
        y = cls(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        elif isinstance(x, BaseException):
            y = cls(*deepcopy(x.args, memo))
        else:
            if getattr(cls, '__module__', 'builtins') == 'builtins' and not hasattr(x, '__dict__'):
                raise Error("un(deep)copyable object of type %s" % cls)
            y = cls.__new__(cls)
            memo[d] = y
            state = getattr(x, '__dict__', None)
            if state:
                state = deepcopy(state, memo)
                if hasattr(y, '__setstate__'):
                    y.__setstate__(state)
                else:
                    _set_state(y, state)
            for klass in cls.__mro__:
                slots = klass.__dict__.get('__slots__', ())
                if isinstance(slots, str):
                    slots = (slots,)
                for name in slots:
                    if name in ('__dict__', '__weakref__'):
                        continue
                    try:
                        value = object.__getattribute__(x, name)
                    except AttributeError:
                        continue
                    object.__setattr__(y, name, deepcopy(value, memo))
    if y is not x:
        memo[d] = y
        memo.setdefault(id(memo), []).append(x)
    return y
