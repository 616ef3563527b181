# round(), math.floor/ceil/trunc, int(), float() and indexing with instances of int and
# float subclasses, and the int/float conversion methods themselves.
import math


class Money(float):
    pass


class Count(int):
    pass


class Cents(int):
    def __round__(self, n=None):
        return "custom round %r" % (n,)

    def __floor__(self):
        return "custom floor"


m = Money(2.675)
c = Count(-25)
for label, fn in [
    ("round(m)", lambda: round(m)),
    ("round(m, 2)", lambda: round(m, 2)),
    ("round(m, -1)", lambda: round(m, -1)),
    ("round(Money(2.5))", lambda: round(Money(2.5))),
    ("round(Money(3.5))", lambda: round(Money(3.5))),
    ("math.floor(m)", lambda: math.floor(m)),
    ("math.ceil(m)", lambda: math.ceil(m)),
    ("math.trunc(Money(-2.5))", lambda: math.trunc(Money(-2.5))),
    ("int(m)", lambda: int(m)),
    ("float(m)", lambda: float(m)),
    ("round(c)", lambda: round(c)),
    ("round(c, -1)", lambda: round(c, -1)),
    ("round(Count(35), -1)", lambda: round(Count(35), -1)),
    ("round(c, 2)", lambda: round(c, 2)),
    ("math.floor(c)", lambda: math.floor(c)),
    ("math.ceil(c)", lambda: math.ceil(c)),
    ("int(c)", lambda: int(c)),
    ("float(c)", lambda: float(c)),
    ("round(Cents(5))", lambda: round(Cents(5))),
    ("round(Cents(5), 1)", lambda: round(Cents(5), 1)),
    ("math.floor(Cents(5))", lambda: math.floor(Cents(5))),
    ("math.ceil(Cents(5))", lambda: math.ceil(Cents(5))),
    ("[10, 20, 30][Count(1)]", lambda: [10, 20, 30][Count(1)]),
    ("'abc'[Count(-1)]", lambda: "abc"[Count(-1)]),
    ("(1, 2, 3)[Count(0)]", lambda: (1, 2, 3)[Count(0)]),
    ("range(10)[Count(4)]", lambda: range(10)[Count(4)]),
    ("(2.5).__round__()", lambda: (2.5).__round__()),
    ("(2.675).__round__(2)", lambda: (2.675).__round__(2)),
    ("float.__round__(m, 1)", lambda: float.__round__(m, 1)),
    ("float.__floor__(-0.5)", lambda: float.__floor__(-0.5)),
    ("float.__ceil__(-0.5)", lambda: float.__ceil__(-0.5)),
    ("float.__int__(1e20)", lambda: float.__int__(1e20)),
    ("int.__round__(1250, -2)", lambda: int.__round__(1250, -2)),
    ("int.__round__(1350, -2)", lambda: int.__round__(1350, -2)),
    ("(10**30 + 5).__round__(-1)", lambda: (10**30 + 5).__round__(-1)),
    ("int.__float__(2**60)", lambda: int.__float__(2**60)),
    ("True.__round__()", lambda: True.__round__()),
    ("int.__float__(10**400)", lambda: int.__float__(10**400)),
    ("float.__floor__(float('nan'))", lambda: float.__floor__(float("nan"))),
    ("round(Money('inf'))", lambda: round(Money("inf"))),
    ("round(Money('inf'), 2)", lambda: round(Money("inf"), 2)),
    ("round(Money(1.5e308), -308)", lambda: round(Money(1.5e308), -308)),
    ("round(m, 1.5)", lambda: round(m, 1.5)),
]:
    try:
        r = fn()
        print(label, "->", repr(r), type(r).__name__)
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

l = [1, 2, 3]
l[Count(0)] = 9
del l[Count(1)]
print(l)
d = {Count(1): "one"}
print(d[1], d[Count(1)], type(next(iter(d))).__name__)
for x in [0.125, 0.375, -0.125, 1e-10, 123456.5, -7.45, 5e-324]:
    print(x, [round(Money(x), n) for n in (0, 1, 2, 3, -1, -5)], round(Money(x)))
