# More closure shapes: methods capturing self, recursion through a cell, deleting a cell,
# nested classes, generators and defaults.
class Counter:
    def __init__(self, start):
        self.n = start
    def adder(self):
        def add(k):
            self.n += k
            return self.n
        return add
    def evens(self, limit):
        return list(x for x in range(limit) if (x + self.n) % 2 == 0)
c = Counter(1)
add = c.adder()
add(2)
print(add(3), c.evens(6))

def fact_maker():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
print(fact_maker()(6))

def deleter(v):
    def read():
        return v
    first = read()
    del v
    try:
        read()
    except NameError:
        return first, "deleted"
print(deleter(3))

def outer_cls(tag):
    class Outer:
        class Inner:
            def get(self):
                return tag + "-inner"
        def get(self):
            return tag + "-outer" + str(__class__ is Outer)
    return Outer
O = outer_cls("t")
print(O().get(), O.Inner().get())

def gen_closure(scale):
    def g(items):
        for i in items:
            yield (lambda: i * scale)()
    return g
print(list(gen_closure(3)([1, 2, 3])))

def defaults(base):
    fs = [lambda x, b=b: x + b + base for b in range(3)]
    return [f(10) for f in fs]
print(defaults(100))

def shadow(x):
    def inner(x):
        def innermost():
            return x
        return innermost()
    return inner(x + 1), x
print(shadow(1))

def mixed(a, b, *rest, key=None, **extra):
    def show():
        return (a, b, list(rest), key, len(extra))
    b = b * 2
    return show
print(mixed(1, 2, 3, key="k", z=1)())
