# Private name mangling: attributes, class variables, methods, nested functions, lambdas,
# comprehensions, nested classes, parameters; not dunders, strings or call keywords.
class _Account:
    __count = 0
    __slots_like__ = "dunder stays"

    def __init__(self, owner, balance=0):
        self.__owner = owner
        self.__balance = balance
        _Account.__count += 1

    def __check(self, amount):
        return amount <= self.__balance

    def withdraw(self, amount):
        if not self.__check(amount):
            return "no"
        self.__balance -= amount
        return self.__balance

    def peek(self):
        def inner():
            return self.__owner
        return inner(), [x.__balance for x in [self]], (lambda: self.__owner)()

    @classmethod
    def count(cls):
        return cls.__count

    def kw(self, **kw):
        return sorted(kw)

    def call_kw(self):
        return self.kw(__secret=1, normal=2)

    def gets(self):
        return getattr(self, "__owner", "plain string not mangled")

    class __Inner:
        __y = 5
        def y(self):
            return self.__y

    def inner(self):
        return self._Account__Inner().y()


a = _Account("ann", 100)
print(a.withdraw(30), a.withdraw(500), _Account.count())
print(a.peek(), a.call_kw(), a.gets(), a.inner())
print(sorted(k for k in vars(a)))
print(sorted(k for k in vars(_Account) if "count" in k or "check" in k))
try:
    a.__balance
except AttributeError as e:
    print("AttributeError", e)
print(a._Account__balance, a.__slots_like__)
class ___:
    __z = 1
print(sorted(k for k in vars(___) if "z" in k))
class B(_Account):
    def spy(self):
        try:
            return self.__balance
        except AttributeError as e:
            return str(e)
print(B("b", 5).spy())
__g = "module-level"
class G:
    def get(self):
        return globals().get("__g"), globals().get("_G__g")
print(G().get())
class P:
    def m(self, __p=1, *, __q=2):
        return __p + __q
print(P().m(), P().m(_P__p=10, _P__q=20))
