class Meta(type):
    registry = []
    def __new__(mcs, name, bases, ns, **kw):
        ns["tag"] = name.lower()
        cls = super().__new__(mcs, name, bases, ns)
        Meta.registry.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.inited = True
    def __call__(cls, *args, **kwargs):
        print("creating", cls.__name__, args)
        return super().__call__(*args, **kwargs)
    def describe(cls):
        return "class " + cls.__name__
class Base(metaclass=Meta):
    def __init__(self, v=0): self.v = v
class Derived(Base): pass
d = Derived(5)
print(d.v, Derived.tag, Base.tag, Derived.inited, Meta.registry, type(Derived) is Meta, Derived.describe())
print(isinstance(Derived, Meta), isinstance(Derived, type), type(Meta), Meta.__mro__)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class One(metaclass=Singleton): pass
print(One() is One())
class Plugin:
    plugins = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__
        Plugin.plugins.append(cls.plugin_name)
class P1(Plugin, name="first"): pass
class P2(Plugin): pass
print(Plugin.plugins, P1.plugin_name)
class WithNew:
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.created = args
        return inst
    def __init__(self, *args):
        self.inited = len(args)
w = WithNew(1, 2)
print(w.created, w.inited)
class NotMine:
    def __new__(cls):
        return 42
print(NotMine())
class Gen:
    def __class_getitem__(cls, item):
        return "Gen[" + item.__name__ + "]"
print(Gen[int])
def deco(cls):
    cls.decorated = True
    return cls
@deco
class Decorated: pass
print(Decorated.decorated)
T = type("T", (), {"x": 1, "f": lambda self: 2})
print(T().x, T().f(), T.__name__, type(T))
