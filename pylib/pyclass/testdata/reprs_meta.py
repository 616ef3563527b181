# Reprs of functions, methods, classes, modules and builtins; metaclass checks; C.__dict__.
import sys
import types


class C:
    def m(self):
        pass

    @classmethod
    def cm(cls):
        pass


def f():
    pass


def outer():
    def inner():
        pass
    return inner


def show(x):
    print(repr(x).split(' at ')[0])


show(C().m)
show(C.cm)
show(f)
show(outer())
show(C)
show(C.m)
show(sys)
show(len)
show(print)
show([].append)
show({}.get)
show(NotImplemented)
show(Ellipsis)
print(NotImplemented, Ellipsis, ..., str(NotImplemented))


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 42

    def __subclasscheck__(cls, sub):
        return sub is int


class Any(metaclass=Meta):
    pass


print(isinstance(42, Any), isinstance(1, Any), issubclass(int, Any), issubclass(str, Any))
print(isinstance(Any(), Any), isinstance(42, (str, Any)), issubclass(bool, (str, Any)))


class Loud(type):
    def __instancecheck__(cls, obj):
        print('check', type(obj).__name__)
        return super().__instancecheck__(obj)


class L(metaclass=Loud):
    pass


print(isinstance(3, L), isinstance(L(), L))

print(type(C.__dict__).__name__, 'm' in C.__dict__, C.__dict__['m'] is C.__dict__.get('m'))
try:
    C.__dict__['z'] = 1
except TypeError as e:
    print('TypeError', e)
print(sorted(k for k in C.__dict__ if not k.startswith('__')), type(C.__dict__.copy()).__name__)
print(types.MappingProxyType is type(C.__dict__), type(int.__dict__).__name__)
mp = types.MappingProxyType({'a': 1})
print(mp['a'], mp.get('b'), list(mp), mp, dict(mp), len(mp), list(mp.items()))
try:
    mp['b'] = 2
except TypeError as e:
    print('TypeError', e)
