# Closures in shapes web code uses: decorator factories with arguments, registries, counters.

def route(path, methods=("GET",)):
    def register(handler):
        def wrapper(*args, **kwargs):
            return "%s %s -> %s" % ("|".join(methods), path, handler(*args, **kwargs))
        wrapper.path = path
        return wrapper
    return register

@route("/users", methods=("GET", "POST"))
def users(n):
    return "users:%d" % n

print(users(3), users.path)

def make_counter(start):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter(10)
inc(); inc(5)
print(get())

def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle

print(outer(1)(20)(300))

adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in late])

def cell_and_free(x):
    def g():
        y = x
        def h():
            return x + y
        return h
    return g()

print(cell_and_free(4)())

class Service:
    def __init__(self, prefix):
        self.prefix = prefix
    def handler(self):
        return lambda name: self.prefix + name

print(Service("Mr. ").handler()("Smith"))

def memo(f):
    cache = {}
    def wrapped(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapped

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60))

def comp_in_closure(items):
    def pick(threshold):
        return [x for x in items if x > threshold]
    return pick

print(comp_in_closure([1, 5, 9])(4))
