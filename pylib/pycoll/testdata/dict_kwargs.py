# dicts at call boundaries and in formatting.
def f(a, b=0, **kw):
    return a, b, kw, type(kw) is dict

print(f(1, z=3), f(**{"a": 1, "b": 2}), f(1, **{"c": 3}))
print(f(1, **dict(q=1)))
try:
    f(1, **{1: 2})
except TypeError as e:
    print(e)
try:
    f(1, **[1])
except TypeError as e:
    print("TypeError")

def g(**kw):
    kw[1] = "int key"
    return kw
print(g(), g(x=1))

class M:
    def keys(self):
        return ["a", "b"]
    def __getitem__(self, k):
        return k.upper()

print(f(**M()), dict(M()), {**M(), "c": 3})
d = {"name": "web", "n": 3}
print("%(name)s has %(n)d" % d, "{name}/{n}".format(**d), "{name}".format_map(d), f"{d['name']}")
print("{0[name]}".format(d), "%s" % {"a": 1}, "%r" % ({1: 2},))
print({**d, "n": 4}, {**{1: 2}, **{1: 3, 2: 4}}, [*{"x": 1, "y": 2}], {*{3: 0, 1: 0}})
print(isinstance({}, dict), isinstance(set(), set), isinstance(frozenset(), frozenset), type({}) is dict, type(set()) is set)
print(type({}).__name__, dict.__name__, issubclass(dict, object))
print(sorted({3: 1, 1: 2, 2: 3}.items()), {k: v for k, v in [("a", 1), ("b", 2)]}, {i: i * i for i in range(5)})
print(dict(sorted({"b": 1, "a": 2}.items())), list({"z": 1, "y": 2}.items()))
print(len({}), len({1: 1}), bool({}), not {}, {} or "empty", {1} and "full")
