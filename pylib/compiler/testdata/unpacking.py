# Unpacking in displays and calls (PEP 448), lowered to reserved builtins.
a = [1, 2]
b = (3, 4)
print([*a, *b], [0, *a, 5], [*range(3)], [*"ab"])
print((*a, 1), (*b,), len((*a, *b)))
print(sorted({*a, *b, 1}))
d = {**{"x": 1}, "y": 2}
print(d["x"], d["y"], len(d))
e = {**d, "x": 10, **{"z": 3}}
print(e["x"], e["y"], e["z"], len(e))

def f(*args, **kwargs):
    return args, kwargs
args, kwargs = f(*a, *b, 9, k=1, **{"m": 2}, **{"n": 3})
print(args, kwargs["k"], kwargs["m"], kwargs["n"], len(kwargs))
print(*a, *b, sep="-")
print(f(*a, 7)[0], f(**{"p": 1}, q=2)[1]["q"])
first, *rest = [*a, *b]
print(first, rest)
nested = [*[*a, *[*b]], [*a]]
print(nested)
print([
    *a,  # a comment
    *b,
])
