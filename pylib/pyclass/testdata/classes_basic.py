class Base:
    """Base doc."""
    kind = "base"
    def __init__(self, x):
        self.x = x
    def __len__(self): return self.x
    def __eq__(self, other): return isinstance(other, Base) and self.x == other.x
    def __hash__(self): return hash(self.x)
    def __iter__(self): return iter(range(self.x))
    def __repr__(self): return "%s(%r)" % (type(self).__name__, self.x)
    def describe(self): return "I am " + self.kind

class Child(Base):
    kind = "child"
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y

c = Child(3, 4)
print(len(c), [i for i in c], c == Child(3, 0), c != Child(2, 0), c.describe(), repr(c))
print(Base.__name__, Base.__qualname__, Base.__module__, Base.__doc__, Child.__doc__)
print(Child.__bases__, Child.__mro__, Child.__base__)
print(c.__class__, type(c), type(c) is Child, c.__class__.__class__, type(Child), type(type))
print(c.__dict__["x"], c.__dict__["y"], len(c.__dict__))
print(isinstance(c, Base), isinstance(c, (int, Base)), issubclass(Child, Base), issubclass(Base, Child))
print(isinstance(True, int), issubclass(bool, int), isinstance(1, bool), bool.__mro__, isinstance(c, object))
print(isinstance(ValueError("x"), Exception), issubclass(KeyError, LookupError), issubclass(Child, object))
print("kind" in Child.__dict__, "describe" in Child.__dict__, "describe" in Base.__dict__)
Child.extra = 5
print(c.extra, Child.extra)
c.kind = "mine"
print(c.kind, Child.kind, Base.kind)
del c.kind
print(c.kind)
class Outer:
    class Inner:
        def meth(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.__name__, Outer.Inner.meth.__qualname__)
X = type("X", (Base,), {"kind": "x", "hello": lambda self: "hi " + str(self.x)})
xx = X(7)
print(X.__name__, X.__bases__, xx.hello(), xx.describe(), len(xx), type(xx).__name__)
print(type(1), type("s"), type(None), type(int), int.__name__, str.__qualname__, int.__module__)
for stmt in ["str.x = 1", "del str.x", "int.y = 2", "object.z = 1", "c.nope", "Child.nope", "Child(1)"]:
    try:
        exec(stmt)
        print(stmt, "ok")
    except Exception as e:
        print(stmt, "->", type(e).__name__, e)
class Plain: pass
try:
    Plain(1)
except TypeError as e:
    print(e)
p = Plain()
p.a = 1
print(p.a, p.__dict__)
print(Plain.__doc__, Plain.__init__ is object.__init__)
class WithCall:
    def __call__(self, a, b=2): return a + b
print(WithCall()(1), WithCall()(1, b=5))
class Counter:
    count = 0
    @classmethod
    def inc(cls):
        cls.count += 1
        return cls.count
    @staticmethod
    def sm(a): return a * 2
class Sub(Counter): pass
print(Counter.inc(), Sub.inc(), Sub.inc(), Counter.count, Sub.count, Sub().inc(), Sub.sm(4), Sub().sm(5))
m = c.describe
print(m.__self__ is c, m.__func__ is Base.describe, m == c.describe, m != Child(3, 4).describe, m.__name__)
