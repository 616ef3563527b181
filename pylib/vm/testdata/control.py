# Loops, break/continue inside try/finally, return inside finally, nested exceptions, with.

def loop_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f" + str(i))
    return out

print(loop_finally())

def return_in_finally():
    try:
        return "try"
    finally:
        return "finally"

print(return_in_finally())

def break_in_finally():
    n = 0
    while True:
        try:
            1 / 0
        finally:
            n = n + 1
            break
    return n

print(break_in_finally())

def finally_overrides_exception():
    for i in range(3):
        try:
            raise ValueError("lost")
        finally:
            return "swallowed " + str(i)

print(finally_overrides_exception())

def nested():
    try:
        try:
            raise IndexError("inner")
        except IndexError as e:
            print("inner caught", str(e))
            raise ValueError("outer")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", str(e))
    return "done"

print(nested())

def reraise():
    try:
        try:
            raise TypeError("again")
        except TypeError:
            print("handling")
            raise
    except TypeError as e:
        return "re-raised " + str(e)

print(reraise())

def while_else():
    i = 0
    while i < 3:
        i += 1
    else:
        print("while else", i)
    for j in range(3):
        if j == 1:
            break
    else:
        print("not printed")
    try:
        pass
    except ValueError:
        print("no")
    else:
        print("try else")

while_else()

class CM:
    def __init__(self, name, swallow):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ is None)
        return self.swallow

def use_with():
    with CM("a", False) as a, CM("b", True):
        print("body", a.name)
        raise ValueError("x")
    print("after with (swallowed)")
    try:
        with CM("c", False):
            raise ValueError("y")
    except ValueError as e:
        print("propagated", str(e))
    for i in range(3):
        with CM("loop" + str(i), False):
            if i == 0:
                continue
            if i == 1:
                break
    def ret():
        with CM("ret", False):
            return "returned"
    print(ret())

use_with()

def deep_loops():
    total = 0
    for i in range(4):
        for j in range(4):
            try:
                if j == 2:
                    continue
                if i == 3:
                    break
                total += i * j
            finally:
                total += 1
    return total

print(deep_loops())

def unpacking():
    a, b, c = [1, 2, 3]
    d, *e = (4, 5, 6)
    *f, g = "xyz"
    h, *i, j = range(5)
    print(a, b, c, d, e, f, g, h, i, j)
    try:
        x, y = (1, 2, 3)
    except ValueError as err:
        print(str(err))
    try:
        x, y, z = (1,)
    except ValueError as err:
        print(str(err))

unpacking()

def closures():
    def counter():
        n = 0
        def inc():
            nonlocal n
            n += 1
            return n
        return inc
    c = counter()
    c()
    c()
    print("counter", c())
    def adder(k):
        return lambda x: x + k
    print("adder", adder(10)(5))
    fs = [lambda: i for i in range(3)]
    print("late binding", fs[0](), fs[2]())

closures()

def kwargs_calls():
    def f(a, b=2, *args, d=4, c, **kw):
        return [a, b, args, c, d, kw]
    print(f(1, c=3))
    print(f(1, 2, 3, 4, c=5, d=6))
    print(f(*[1, 2], **{"c": 3}))
    try:
        f(1)
    except TypeError as e:
        print(str(e))
    def g(x, y):
        return x - y
    try:
        g(1, 2, 3)
    except TypeError as e:
        print(str(e))
    try:
        g(1, x=2)
    except TypeError as e:
        print(str(e))
    try:
        g()
    except TypeError as e:
        print(str(e))
    try:
        g(1, z=2)
    except TypeError as e:
        print(str(e))
    print(g(y=1, x=5))

kwargs_calls()

def comprehensions():
    print([x * x for x in range(5) if x % 2 == 0])
    print(sorted({x % 3 for x in range(10)}))
    d = {str(k): k * 2 for k in range(3)}
    print(d["2"])
    print(list(x + 1 for x in range(3)))
    print([(i, j) for i in range(2) for j in range(2)])

comprehensions()

def unbound():
    try:
        print(undefined_name)
    except NameError as e:
        print(str(e))
    def f():
        y = z
        z = 1
    try:
        f()
    except UnboundLocalError as e:
        print(str(e))

unbound()

x = 10
def use_global():
    global x
    x = x + 1
    return x
print(use_global(), x)
print(True + 1, True + True, -True, 3 * False)
print(1 if [] else 2, 3 if [0] else 4, not None)
print(7 // 2, 7 % 3, 2 ** 10, 1 << 4, 255 & 15, 8 | 1, 6 ^ 3)
print("a" < "b", 1 < 2 < 3, 3 > 2 > 5, 1 == 1.0)
print("ab" * 3, [1] * 3, "x" in "xyz", 4 not in [1, 2])
