# User classes honour dunders, inheritance, properties, class/static methods, super().
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents
    def __hash__(self):
        return hash(self.cents)
    def __bool__(self):
        return self.cents != 0
    def __repr__(self):
        return "Money(%d)" % self.cents
    def __str__(self):
        return "$%d.%02d" % divmod(self.cents, 100)

prices = [Money(250), Money(99), Money(1000)]
print(sum(prices), sorted(prices), max(prices), min(prices))
print(str(Money(1234)), repr(Money(5)), Money(1) == Money(1), Money(1) != Money(2))
print(bool(Money(0)), len({Money(1), Money(1), Money(2)}))
print(f"{Money(305)}", "%s" % Money(7), [Money(1)])

class Base:
    kind = "base"
    def __init__(self, name):
        self.name = name
    def describe(self):
        return "%s(%s)" % (self.kind, self.name)
    @classmethod
    def create(cls, name):
        return cls(name)
    @staticmethod
    def helper(x):
        return x * 2
    @property
    def upper(self):
        return self.name.upper()

class Child(Base):
    kind = "child"
    def __init__(self, name, extra):
        super().__init__(name)
        self.extra = extra
    def describe(self):
        return super().describe() + "+" + self.extra

c = Child("ann", "x")
print(c.describe(), c.upper, Child.helper(4), Base.create("bob").describe())
print(type(c).__name__, isinstance(c, Base), issubclass(Child, Base), Child.__mro__[1].__name__)
print(c.__class__.__name__, sorted(c.__dict__.items()))

class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, value):
        if value < -273:
            raise ValueError("too cold")
        self._c = value

t = Temp()
t.c = 25
print(t.c)
try:
    t.c = -300
except ValueError as e:
    print("ValueError:", e)

class Stack:
    def __init__(self):
        self.items = []
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(reversed(self.items))
    def __contains__(self, x):
        return x in self.items
    def __getitem__(self, i):
        return self.items[-1 - i]
    def __call__(self, x):
        self.items.append(x)
        return self

s = Stack()
s(1)(2)(3)
print(len(s), list(s), 2 in s, s[0], bool(s), bool(Stack()))

class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, typ, val, tb):
        print("exit", typ.__name__ if typ else None)
        return typ is KeyError

with Ctx():
    raise KeyError("suppressed")
print("after with")
