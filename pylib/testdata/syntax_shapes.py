# Modern syntax: annotations, unpacking, walrus, keyword-only and positional-only arguments.

count: int = 0
label: str
print(__annotations__)

def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, sorted(kw.items())

print(f(1, c=3), f(1, 2, 3, 4, c=5, d=6, z=7))
first, *rest = [1, 2, 3, 4]
*init, last = "abc"
(a, b), c = (1, 2), 3
print(first, rest, init, last, a, b, c)
print([*range(3), *"ab"], (*[1], 2), {**{"a": 1}, "b": 2}, {*"aab"} == {"a", "b"})
def g(*args, **kwargs):
    return args, kwargs
print(g(*[1, 2], *(3,), **{"x": 1}, **{"y": 2}))
data = [1, 5, 12, 3]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 5])
print(f"{'a' if count == 0 else 'b'}", "\N{BULLET} \N{EM DASH}")
