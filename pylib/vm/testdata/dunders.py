# Operators defined on Python classes: arithmetic with reflection and NotImplemented,
# in-place, comparisons, truth, containment, items, calls, unary ops, sequence ordering.

class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x)
        if isinstance(other, int):
            return V(self.x + other)
        return NotImplemented
    def __radd__(self, other):
        return V(other * 100 + self.x)
    def __sub__(self, other):
        return V(self.x - other.x)
    def __mul__(self, k):
        return V(self.x * k)
    __rmul__ = __mul__
    def __neg__(self):
        return V(-self.x)
    def __abs__(self):
        return V(abs(self.x))
    def __invert__(self):
        return "inverted"
    def __pos__(self):
        return "positive"
    def __eq__(self, other):
        return isinstance(other, V) and self.x == other.x
    def __lt__(self, other):
        return self.x < other.x
    def __le__(self, other):
        return self.x <= other.x
    def __hash__(self):
        return self.x
    def __str__(self):
        return "V(" + str(self.x) + ")"

print(V(1) + V(2), V(1) + 5, 5 + V(1), V(3) * 2, 2 * V(3), V(5) - V(2))
print(-V(4), abs(V(-7)), ~V(1), +V(1))
print(V(1) == V(1), V(1) != V(1), V(1) != V(2), V(1) < V(2), V(3) > V(2), V(2) >= V(2))
try:
    V(1) + "s"
except TypeError as e:
    print("TypeError:", str(e))
try:
    V(1) < 3
except AttributeError:
    print("AttributeError from __lt__")

class Sub(V):
    def __radd__(self, other):
        return "Sub.__radd__ first"
print(V(1) + Sub(2))

class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
a = Acc()
a += 1
a += 2
print(a.items)

class NoIadd:
    def __init__(self, n):
        self.n = n
    def __add__(self, other):
        return NoIadd(self.n + other)
b = NoIadd(1)
b += 5
print(b.n)

class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __contains__(self, x):
        return x in self.items
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __call__(self, *args):
        return "called with " + str(len(args))

bag = Bag(1, 2, 3)
print(2 in bag, 5 in bag, 5 not in bag, bag[1], bag(1, 2))
bag[0] = 10
del bag[1]
print(bag.items, bool(bag), bool(Bag()))
if not Bag():
    print("empty bag is false")

class Derived(Bag):
    pass
d = Derived(4, 5)
print(len(d), 4 in d, d[0], d())

class OnlyIter:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in OnlyIter(), 9 in OnlyIter())

class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(20 in OnlyGetitem(), list(OnlyGetitem()))
for v in OnlyGetitem():
    print("seq", v)

class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
print(bool(Truthy(False)), not Truthy(True), 1 if Truthy(False) else 2)
print(Truthy(False) or "fallback", Truthy(True) and "both")

class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
print(EqOnly(1) != EqOnly(1), EqOnly(1) != EqOnly(2))
print(EqOnly(1) in [EqOnly(0), EqOnly(1)])

class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != Plain())
try:
    p < Plain()
except TypeError as e:
    print("TypeError:", str(e))

class Reflect:
    def __gt__(self, other):
        return "Reflect.__gt__"
print(3 < Reflect())

print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), [1, 2] <= [1, 2], [2] > [1, 9], (1, "b") >= (1, "a"))
print((1, 2) == (1, 2), [1, [2]] == [1, [2]], (V(1),) == (V(1),), (V(1), 2) < (V(2), 0))
print(sorted_vm([(2, "b"), (1, "z"), (1, "a")]))
print([str(v) for v in sorted_vm([V(3), V(1), V(2)])])
try:
    (1, 2) < (1, "x")
except TypeError as e:
    print("TypeError:", str(e))
print(True + 1, True * 3, True & True, True | False, True ^ True, 1 + True, True == 1, -True)
print(1 < 2.5, 2.5 < 1, "a" + "b", 3 - True)
