import functools
import operator

print(functools.reduce(operator.add, [1, 2, 3]), functools.reduce(lambda a, b: a * b, [], 7))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
p = functools.partial(int, base=2)
print(p("101"), p.func is int, p.args, p.keywords)
pp = functools.partial(functools.partial(pow, 2), 5)
print(pp(), pp.args)
print(repr(functools.partial(int, "7", base=8)), functools.partial(int, "7", base=8)())


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@functools.lru_cache(maxsize=2)
def sq(x):
    return x * x


for v in (1, 2, 1, 3, 2, 1):
    sq(v)
print(sq.cache_info())


@functools.cache
def twice(x):
    return 2 * x


print(twice(4), twice(4), twice.cache_info().hits)


def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **kw):
        """wrapper doc"""
        return f(*a, **kw)
    return wrapper


@deco
def hello(name):
    """Say hello."""
    return "hello " + name


hello.extra = 1
print(hello("x"), hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello.__qualname__)


def g():
    pass


g.attr = 5
w = functools.update_wrapper(lambda: None, g)
print(w.__name__, w.attr, w.__wrapped__ is g)


@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v


print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2), V(2) >= V(2))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))


class Data:
    def __init__(self):
        self.calls = 0

    @functools.cached_property
    def heavy(self):
        self.calls += 1
        return 42


d = Data()
print(d.heavy, d.heavy, d.calls)


@functools.singledispatch
def show(x):
    return "object"


@show.register(int)
def _(x):
    return "int"


@show.register(list)
def _(x):
    return "list"


print(show(1), show([1]), show("s"), show(True))


class Cell:
    def __init__(self):
        self.v = 0

    def set(self, v):
        self.v = v

    set_five = functools.partialmethod(set, 5)


c = Cell()
c.set_five()
print(c.v)
