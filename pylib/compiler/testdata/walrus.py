# Assignment expressions (PEP 572).
print((y := 3) + y)
print((z := 5))
print(z)
if (n := len([1, 2, 3])) > 2:
    print("long", n)
data = [1, 2, 3, 4]
print([w for x in data if (w := x * 2) > 4], w)


def reader(chunks):
    it = iter(chunks)
    out = []
    while (chunk := next(it, None)) is not None:
        out.append(chunk)
    return out, chunk


print(reader(["a", "b"]))


def comp(xs):
    """Docstring stays."""
    total = [last := x for x in xs]
    return total, last


print(comp([1, 2]))


def unbound():
    try:
        print(v)
    except UnboundLocalError:
        print("unbound")
    if v := 0:
        pass
    return v


print(unbound())


def nested():
    def inner():
        return m
    if m := 7:
        return inner()


print(nested())


def counter():
    count = 0

    def bump():
        nonlocal count
        return (count := count + 1)
    bump()
    return bump(), count


print(counter())
g = 0


def setg():
    global g
    (g := 42)


setg()
print(g)


def nest(a):
    return (b := (c := a + 1) * 2), b, c


print(nest(1))


def one_line(a):
    if (q := a * 3) > 5: return q
    return -q


print(one_line(1), one_line(2))
print([y := 10, y ** 2], [r := i for i in range(3)], r)
print(f"{(s := 4)} {s}")
f = lambda: (t := 9)
print(f())
