# Every dict method, in CPython's order and with CPython's errors.
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), bool(d), bool({}))
print(d.get("a"), d.get("zz"), d.get("zz", 0))
print(d.setdefault("a", 100), d.setdefault("e", []), d)
d["e"].append(1)
print(d.pop("e"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", repr(e), e)
print(d.popitem(), d)
e = {}
try:
    e.popitem()
except KeyError as ex:
    print("KeyError", ex)
d.update({"x": 1}, y=2)
d.update([("z", 3), ["w", 4]])
print(d)
d |= {"q": 0}
print(d, d | {"a": "new"}, {"a": "new"} | d)
c = d.copy()
c["b"] = "changed"
print(d["b"], c["b"])
c.clear()
print(c, len(c))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), {}.fromkeys((3,)))
print(dict(), dict({"a": 1}), dict([(1, 2), (3, 4)]), dict(a=1), dict({"k": 1}, b=2))
print(dict(zip("ab", range(2))))
del d["a"]
try:
    del d["a"]
except KeyError as e:
    print("del KeyError", e)
try:
    d[("t", 1)]
except KeyError as e:
    print("tuple KeyError", e)
try:
    {}[1.5]
except KeyError as e:
    print("float KeyError", e, repr(e))
print(list(reversed({1: 1, 2: 2, 3: 3})))
print("a" in d, "b" in d, 5 in d, [k for k in d])
print(d == dict(d), d != dict(d), {1: 2} == {1: 3}, {1: [1]} == {1: [1]}, {} == [])
print({"a": 1, "b": 2} == {"b": 2, "a": 1})
for bad in ([1, 2, 3], "ab", 5):
    try:
        dict([bad])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    dict(1, 2)
except TypeError as e:
    print(e)
try:
    {}.get()
except TypeError as e:
    print("get()", type(e).__name__)
n = {}
n[n.__len__()] = "zero"
print(n, n.__getitem__(0), n.__contains__(0))
big = {}
for i in range(1000):
    big[i] = i * i
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], big[999], sum(big.values()))
for i in range(1000):
    big[str(i)] = i
print(len(big), list(big)[498:503])
print(repr({}), str({1: {2: {}}}), {(1, 2): "t", None: 0, 2.5: "f"})
r = {}
r["self"] = r
print(r)
