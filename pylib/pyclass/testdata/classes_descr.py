class Temp:
    def __init__(self): self._c = 0
    @property
    def celsius(self):
        "The temperature."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273: raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    ro = property(lambda self: "read-only")
t = Temp()
t.celsius = 20
print(t.celsius, Temp.celsius.__doc__, type(Temp.celsius).__name__, isinstance(Temp.celsius, property))
del t.celsius
print(t.celsius)
for stmt in ["t.celsius = -300", "t.ro = 1", "del t.ro"]:
    try:
        exec(stmt)
    except Exception as e:
        print(type(e).__name__, e)
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.owner = owner.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, int): raise TypeError("int required for " + self.name)
        obj.__dict__[self.name] = value
class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata from " + objtype.__name__
class M:
    size = Typed()
    nd = NonData()
m = M()
print(m.size, M.size.name, M.size.owner)
m.size = 5
print(m.size, m.__dict__)
try:
    m.size = "x"
except TypeError as e:
    print(e)
print(m.nd, M.nd)
m.nd = "shadowed"
print(m.nd)
m.__dict__["size"] = "ignored"
print(m.size)
class A:
    def who(self): return "A"
    @classmethod
    def make(cls): return cls.__name__ + " made by A"
class B(A):
    def who(self): return "B>" + super().who()
    @classmethod
    def make(cls): return "B:" + super().make()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__], D.make(), D.mro() == list(D.__mro__))
print(super(B, D()).who(), super(D, D()).who())
class Init1:
    def __init__(self, a):
        self.a = a
class Init2(Init1):
    def __init__(self, a, b):
        super(Init2, self).__init__(a)
        self.b = b
i = Init2(1, 2)
print(i.a, i.b)
try:
    class Bad(A, B): pass
except TypeError as e:
    print("TypeError", e)
class Slotted:
    __slots__ = ("x", "y")
    def __init__(self): self.x = 1
s = Slotted()
print(s.x)
for stmt in ["s.y", "s.z = 1", "s.__dict__"]:
    try:
        exec(stmt)
    except AttributeError as e:
        print("AttributeError", e)
s.y = 2
print(s.y, type(Slotted.x).__name__)
class SubSlotted(Slotted): pass
ss = SubSlotted()
ss.z = 3
print(ss.z, ss.x)
class G:
    def __init__(self): self.real = 1
    def __getattr__(self, name): return "virtual " + name
g = G()
print(g.real, g.other)
class GA:
    def __getattribute__(self, name):
        if name == "magic": return 42
        return object.__getattribute__(self, name)
    def __getattr__(self, name): return "fallback " + name
ga = GA()
ga.x = 1
print(ga.magic, ga.x, ga.missing)
class SA:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value.upper() if isinstance(value, str) else value)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
sa = SA()
sa.v = "abc"
print(sa.v)
del sa.v
print("v" in sa.__dict__)
