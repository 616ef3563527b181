# Positional-only parameters (PEP 570): binding, errors, **kwargs, methods and lambdas.
def f(a, b, /, c=0):
    return a, b, c


def report(call):
    try:
        print(call())
    except (TypeError, NameError) as e:
        print(type(e).__name__ + ':', e)


report(lambda: f(1, 2))
report(lambda: f(1, 2, c=3))
report(lambda: f(a=1, b=2))
report(lambda: f(1, b=2))
report(lambda: f(b=2, a=1, c=3))
report(lambda: f(1, 2, b=2, c=3, d=4))
report(lambda: f(1, 2, d=5, a=1))
report(lambda: f())
report(lambda: f(1))
report(lambda: f(1, 2, 3, 4))


def g(a, /, *, k):
    return a, k


report(lambda: g(a=1))
report(lambda: g(1))
report(lambda: g(1, k=2))


class C:
    def m(self, x, /, y=5):
        return x, y

    @staticmethod
    def s(x, /):
        return x

    @classmethod
    def c(cls, x, /, **kw):
        return cls.__name__, x, kw


report(lambda: C().m(x=1))
report(lambda: C().m(1, y=2))
report(lambda: C.s(x=1))
report(lambda: C.c(1, x=2))


def h(a, /, **kw):
    return a, kw


report(lambda: h(1, a=2, b=3))
report(lambda: h(a=2))
lam = lambda p, /, q: (p, q)
report(lambda: lam(1, q=2))
report(lambda: lam(p=1, q=2))


def with_default(a=10, /, b=20):
    return a, b


report(lambda: with_default())
report(lambda: with_default(b=1))
report(lambda: with_default(a=1))


def closes(a, /):
    def inner():
        return a * 2
    return inner()


report(lambda: closes(21))


def deleted(a, /):
    del a
    return a


report(lambda: deleted(1))


def varargs(a, /, *args, **kw):
    return a, args, kw


report(lambda: varargs(1, 2, a=3))


def same_name(a):
    return 'plain', a


def same_name(a, /):
    return 'posonly', a


report(lambda: same_name(a=1))
