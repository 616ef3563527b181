# Generators: send, throw, close, yield from with return values, PEP 479, exception state.

def echo():
    received = []
    try:
        while True:
            try:
                x = yield len(received)
                received.append(x)
            except ValueError as e:
                print("gen caught", str(e))
                received.append("thrown")
    finally:
        print("gen finally", received)

g = echo()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.throw(ValueError("boom")))
print(g.close())
try:
    next(g)
except StopIteration:
    print("exhausted after close")

def sub(n):
    for i in range(n):
        got = yield i
        if got is not None:
            print("sub got", got)
    return "sub done " + str(n)

def outer():
    r1 = yield from sub(2)
    print("r1 =", r1)
    r2 = yield from sub(1)
    print("r2 =", r2)
    return "outer done"

o = outer()
print(next(o))
print(o.send("hello"))
print(next(o))
try:
    next(o)
except StopIteration as e:
    print("stop")

print(list(outer()))

def delegating_throw():
    def inner():
        try:
            yield 1
            yield 2
        except KeyError:
            print("inner handled KeyError")
            yield "recovered"
        return "inner ret"
    r = yield from inner()
    print("delegator got", r)
    yield "end"

d = delegating_throw()
print(next(d))
print(d.throw(KeyError))
print(next(d))

def close_inner():
    def inner():
        try:
            yield 1
        finally:
            print("inner finally on close")
    try:
        yield from inner()
    finally:
        print("outer finally on close")

c = close_inner()
next(c)
c.close()

def pep479():
    yield 1
    raise StopIteration("leak")

try:
    for v in pep479():
        print("pep479 value", v)
except RuntimeError as e:
    print("RuntimeError:", str(e))

def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring exit")
    yield 2

ig = ignores_exit()
next(ig)
try:
    ig.close()
except RuntimeError as e:
    print("RuntimeError:", str(e))

def not_started():
    print("never runs")
    yield 1

ns = not_started()
ns.close()
print("closed unstarted")
ns2 = not_started()
try:
    ns2.send(5)
except TypeError as e:
    print("TypeError:", str(e))

def throw_unstarted():
    yield 1
tu = throw_unstarted()
try:
    tu.throw(ValueError("early"))
except ValueError as e:
    print("thrown before start:", str(e))

def gen_return():
    yield 1
    return 42
gr = gen_return()
next(gr)
try:
    next(gr)
except StopIteration as e:
    print("return value via StopIteration")

def running_check():
    yield me.send(None)
me = running_check()
try:
    next(me)
except ValueError as e:
    print("ValueError:", str(e))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

out = []
for n in fib():
    if n > 50:
        break
    out.append(n)
print(out)
print(sum(x * x for x in range(10)))

def exc_state():
    try:
        raise ValueError("in gen")
    except ValueError:
        yield exc_info_name()
        yield exc_info_name()
    yield exc_info_name()

es = exc_state()
print("gen sees", next(es))
print("caller sees", exc_info_name())
try:
    raise KeyError("k")
except KeyError:
    print("gen sees", next(es))
    print("caller still sees", exc_info_name())
print("gen after handler", next(es))
print("caller at end", exc_info_name())
