# Closure cases gpython v0.2.0's compiler gets wrong without the repair.

# An argument captured by an inner function, a lambda and a comprehension.
def outer(n):
    def inner():
        return n + 1
    return inner
print(outer(5)())

def make_adder(k):
    return lambda x: x + k
print(make_adder(3)(4))

def scale(xs, factor):
    return [x * factor for x in xs]
print(scale([1, 2, 3], 10))

def gen_scale(xs, factor):
    return list(x * factor for x in xs)
print(gen_scale([1, 2], 7))

# A function that both captures and is captured.
def a():
    x = 1
    def b():
        y = 2
        def c():
            return x + y
        return c
    return b
print(a()()())

# Both kinds used directly in the same function: cell y and free x share index 0.
def a2():
    x = 10
    def b2():
        y = 20
        def c2():
            return y
        return x + c2() + y
    return b2
print(a2()())

# Decorator factory, 3 levels deep.
def route(path, method="GET"):
    def decorator(f):
        def wrapper(*args, **kwargs):
            return method + " " + path + ": " + str(f(*args, **kwargs))
        return wrapper
    return decorator

@route("/x")
def view(n):
    return n * 2
print(view(21))

def tagged(tag):
    def deco(f):
        count = [0]
        def wrapper(*a):
            count[0] += 1
            return "<" + tag + ">" + str(f(*a)) + "#" + str(count[0])
        return wrapper
    return deco

@tagged("b")
@tagged("i")
def hello(x):
    return x
print(hello("hi"))
print(hello("again"))

# Nonlocal counters.
def counter(start):
    n = start
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = counter(10)
c()
c(5)
print(c())

# A cell shared by two inner functions.
def pair(v):
    def get():
        return v
    def put(x):
        nonlocal v
        v = x
    return get, put
g, p = pair(1)
p(42)
print(g())

# Comprehensions inside closures.
def table(n):
    def rows():
        return [[i * j for j in range(n)] for i in range(n)]
    return rows
print(table(3)())

def filt(limit):
    def run(xs):
        return [x for x in xs if x < limit]
    return run
print(filt(3)([1, 5, 2, 4]))

# Class methods using __class__ and closures over the enclosing function.
class Base:
    def who(self):
        return "Base"

class Derived(Base):
    def who(self):
        return "Derived<" + str(__class__ is Derived) + ">"
    def cls(self):
        return __class__
print(Derived().who(), Derived().cls() is Derived)

def make(v):
    class K:
        val = v
        def get(self):
            return self.val + v
        def me(self):
            return __class__ is K
    return K
print(make(2)().get(), make(2)().me())

# Deep nesting with every level capturing its argument.
def l1(a):
    def l2(b):
        def l3(c):
            def l4(d):
                return a + b + c + d
            return l4
        return l3
    return l2
print(l1(1)(2)(3)(4))

# Lambda with cells and frees: x is a cell of the outer lambda, y is free.
def lam(y):
    return (lambda x: (lambda: x * 100 + y))
print(lam(7)(3)())

# Comprehension with a cell (captured loop variable) and a free variable.
def comp(z):
    fs = [lambda: x + z for x in range(3)]
    return [f() for f in fs]
print(comp(100))

# Argument captured, deleted and rebound through the cell.
def rebind(v):
    def show():
        return v
    v = v * 2
    return show()
print(rebind(4))

# Generators capturing arguments.
def gen(n):
    def g():
        for i in range(n):
            yield i * n
    return list(g())
print(gen(3))

# *args and **kwargs captured.
def capture_all(*args, **kwargs):
    def show():
        return len(args) + len(kwargs)
    return show
print(capture_all(1, 2, a=3)())

# Keyword-only argument captured.
def kwonly(*, key):
    return lambda: key
print(kwonly(key="k")())
