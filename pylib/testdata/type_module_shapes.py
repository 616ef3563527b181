# __module__ of classes made by type(name, bases, ns) and by metaclasses: the __name__ of the
# module whose code made the call, unless ns names one.

X = type("X", (), {})
print(X.__module__, X, X.__qualname__)

src = '''
def make(name, **ns):
    return type(name, (), ns)

class Meta(type):
    pass

class NewMeta(type):
    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, ns)

Made = type("Made", (object,), {})
'''
ns = {"__name__": "plugins.extra"}
exec(src, ns)
print(ns["Made"].__module__, ns["Made"])
print(ns["make"]("Q").__module__, ns["make"]("Q", __module__="custom"))
W = ns["Meta"]("W", (), {})
print(W.__module__, type(W).__module__, W)
V = ns["NewMeta"]("V", (), {})
print(V.__module__, V)


class Local:
    pass


print(Local.__module__)


def factory():
    return type("Inner", (Local,), {"x": 1})


I = factory()
print(I.__module__, I.__qualname__, type(I()).__name__, I.x)
E = type("E", (ValueError,), {})
try:
    raise E("boom")
except E as e:
    print(type(e).__module__, repr(e))
T = type.__call__(type, "T", (), {})
print(T.__module__, type.__new__(type, "N", (), {}).__module__)
print([type("C%d" % i, (), {}).__module__ for i in range(2)])
