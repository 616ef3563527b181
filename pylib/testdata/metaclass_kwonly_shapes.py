# A metaclass __call__ with keyword-only parameters forwarding to a classmethod with
# keyword-only parameters (once a Go panic in keyword binding).
class M(type):
    def __call__(cls, v, n=None, *, module=None, type=None, start=1):
        if n is None:
            return v
        return cls._c(v, n, module=module, type=type, start=start)

class E(metaclass=M):
    @classmethod
    def _c(cls, a, b, *, module=None, type=None, start=1):
        return (cls.__name__, a, b, module, type, start)

def f():
    return E("S", "A B")
print(f())
def g():
    for i in range(3):
        x = E("S", "A B", start=i)
    return x
print(g())
class F(E):
    @classmethod
    def _c(cls, a, b, **kw):
        return super()._c(a, b, **kw)
print(F("x", "y", module="m"))
print(F("x"))
class M2(type):
 def __call__(cls, v, n=None, *, module=None, type=None, start=1):
  return cls._c(v, n, module=module, type=type, start=start)
class E2(metaclass=M2):
 @classmethod
 def _c(cls, a, b, *, module=None, type=None, start=1):
  return (a, b, module, type, start)
print(E2("S", "A B"))
print(E2("S", "A B", type=int, module="m"))
try:
    E2("S", "A B", bogus=1)
except TypeError as e:
    print(e)
