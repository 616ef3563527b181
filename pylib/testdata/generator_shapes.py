# Generators: send, close with finally, throw, yield from return value, generator expressions.
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return avg
        total += value
        count += 1
        avg = total / count

g = averager()
next(g)
print(g.send(10), g.send(20), g.send(30))

def delegator():
    result = yield from averager()
    yield "result=%s" % result

d = delegator()
next(d)
d.send(4); d.send(6)
print(d.send(None))

def resource():
    try:
        yield "a"
        yield "b"
    finally:
        print("cleanup")

r = resource()
print(next(r))
r.close()

def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e)

c = catcher()
next(c)
c.throw(ValueError("thrown in"))
print(sum(x * x for x in range(10)), list(zip((i for i in "ab"), range(5))))

def chunks(data, size):
    for i in range(0, len(data), size):
        yield data[i:i + size]

print(list(chunks(b"abcdefg", 3)))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
def stop_inside():
    yield 1
    raise StopIteration
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e)
