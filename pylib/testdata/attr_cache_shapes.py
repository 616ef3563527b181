# Attribute lookups after the classes they go through change: every write or delete in a
# class dict (setattr, delattr, metaclass __setattr__, type.__setattr__) is seen at once by
# instances, subclasses and the same line of code run again.
class M(type):
    def __setattr__(cls, k, v):
        super().__setattr__(k, v)
class A(metaclass=M):
    def f(self): return "A.f"
class B(A): pass
b = B()
print(b.f(), getattr(b, "g", None))
A.f = lambda self: "new A.f"
print(b.f())
A.g = 5
print(b.g)
B.g = 6
print(b.g, A().g)
del B.g
print(b.g)
type.__setattr__(B, "h", 2); print(b.h)
type.__delattr__(B, "h")
print(hasattr(b, "h"))
class G:
    def __getattr__(self, n): return "ga:" + n
g = G(); print(g.x)
G.x = 1; print(g.x)
del G.__getattr__
try: g.y
except AttributeError as e: print(e)
G.__getattribute__ = lambda self, n: "gattr:" + n
print(g.z)
class S:
    pass
s = S()
s.a = 1
S.__setattr__ = lambda self, n, v: object.__setattr__(self, n, v * 10)
s.a = 2; print(s.a)
class P:
    @property
    def v(self): return 1
p = P(); p.__dict__["v"] = 5; print(p.v)
del P.v; print(p.v)
class Q: pass
q = Q(); q.__class__ = P; print(type(q).__name__)
X = type("X", (), {})
x = X()
print(getattr(x, "m", None)); X.m = lambda self: 3; print(x.m())


class Base:
    kind = "base"

    def describe(self):
        return "Base.describe " + self.kind


class Mid(Base):
    pass


class Leaf(Mid):
    pass


def probe(o):
    # One attribute site, run against several classes and after changes.
    return o.describe(), o.kind, getattr(o, "extra", "-")


leaf, mid = Leaf(), Mid()
print(probe(leaf), probe(mid))
Mid.kind = "mid"
print(probe(leaf), probe(mid))
Base.describe = lambda self: "patched " + self.kind
Base.extra = 1
print(probe(leaf), probe(mid), probe(Base()))
del Mid.kind
leaf.kind = "own"
print(probe(leaf), probe(mid))
del leaf.kind
Leaf.describe = property(lambda self: (lambda: "property method"))
print(probe(leaf))
del Base.extra
print(probe(leaf), probe(mid))


class Counter:
    hits = 0

    def hit(self):
        Counter.hits += 1
        return self.hits


c = Counter()
print([c.hit() for _ in range(5)], Counter.hits)


class Slotted:
    __slots__ = ("a",)


s = Slotted()
for v in range(3):
    s.a = v
print(s.a)
try:
    s.b = 1
except AttributeError as e:
    print("AttributeError:", e)


class Desc:
    def __get__(self, o, t):
        return "desc-get"

    def __set__(self, o, v):
        o.__dict__["stored"] = v


class UsesDesc:
    pass


u = UsesDesc()
for i in range(2):
    u.d = i
    print(getattr(u, "d"), u.__dict__)
    UsesDesc.d = Desc()
print(u.d, u.__dict__)
u.d = 7
print(u.d, u.__dict__)
