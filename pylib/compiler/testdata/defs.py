# Decorated defs with defaults and annotations, keyword-only defaults, class bodies.
log = []


def mk(name):
    log.append("mk " + name)

    def d(f):
        log.append("apply " + name)
        return f
    return d


def dflt(v):
    log.append("default %s" % v)
    return v


@mk("outer")
@mk("inner")
def f(a=dflt(1), *, b=dflt(2)):
    return a + b


print(log, f())


def deco(fn):
    return fn


@deco
def g(a=1):
    return a


print(g())


@deco
def g2(a=1, b=2) -> int:
    return a, b


print(g2())


class K:
    @deco
    def m(self, x=3):
        return x

    @deco
    def s(self, y=4, *, z=5):
        return y + z


print(K().m(), K().s(), K().s(1, z=2))


def nested(y):
    @deco
    def inner(a=1, *, b=y):
        return a + b + y
    return inner()


print(nested(10))


def conds(c):
    del log[:]

    @mk("x" if c else "y")
    @mk(c and "and" or "or")
    def h(a=dflt(1) if c else dflt(-1), b=c or dflt(0), *, k: int = dflt(3)) -> str:
        return a, b, k
    return log, h()


print(conds(True))
print(conds(False))


@mk("annotations only")
def ann(a: int, *rest: str, k: float, **kw: bytes) -> None:
    return a


print(ann(1, k=2))


@mk("kw")
def kwonly(*, c, d=dflt(4), e, f=dflt(6)):
    return c, d, e, f


print(kwonly(c=1, e=3), kwonly.__kwdefaults__["d"], kwonly.__kwdefaults__["f"])


def plain(*, c, d=4):
    return c, d


print(plain(c=1))
lam = lambda a, *, c, d=4, e=lambda: 5: (a, c, d, e())
print(lam(0, c=1))
try:
    plain()
except TypeError as e:
    print(e)


def wrap(fn):
    def w(*a, **k):
        return ("wrapped", fn(*a, **k))
    return w


def lines(p=[deco for deco in (wrap,)][0]):
    @p
    @deco
    def q(x=[i for i in range(2)], y=(lambda: 7)):
        return x, y()
    return q()


print(lines())


class A:
    print(__qualname__, __module__)

    def m(self):
        return __class__

    class Inner:
        print(__qualname__)

        def q(self):
            pass


print(A().m() is A, A.m.__qualname__, A.Inner.q.__qualname__)


class C:
    def m(self, items, y):
        return [(lambda: k)() + y for k in items]

    def n(self, x):
        k = 1

        def inner():
            j = 2

            def z():
                return j
            return k + z() + x
        return inner()


print(C().m([1, 2], 10), C().n(5))
